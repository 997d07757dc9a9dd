from enum import StrEnum


class LiveClientDelegationType(StrEnum):
    CLIENT = "client"

    def __str__(self) -> str:
        return str(self.value)
