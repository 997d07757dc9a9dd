from enum import StrEnum


class LiveDecisionSystemMessageType(StrEnum):
    MESSAGE = "message"

    def __str__(self) -> str:
        return str(self.value)
