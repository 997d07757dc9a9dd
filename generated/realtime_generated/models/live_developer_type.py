from enum import StrEnum


class LiveDeveloperType(StrEnum):
    MESSAGE = "message"

    def __str__(self) -> str:
        return str(self.value)
