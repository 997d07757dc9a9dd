from enum import StrEnum


class LiveResponseOutputMessageType(StrEnum):
    MESSAGE = "message"

    def __str__(self) -> str:
        return str(self.value)
