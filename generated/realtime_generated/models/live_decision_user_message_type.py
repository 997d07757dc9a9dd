from enum import StrEnum


class LiveDecisionUserMessageType(StrEnum):
    MESSAGE = "message"

    def __str__(self) -> str:
        return str(self.value)
