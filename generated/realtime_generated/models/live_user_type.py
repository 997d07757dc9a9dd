from enum import StrEnum


class LiveUserType(StrEnum):
    MESSAGE = "message"

    def __str__(self) -> str:
        return str(self.value)
