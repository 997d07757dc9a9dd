from enum import StrEnum


class LiveDecisionStoredUserMessageType(StrEnum):
    MESSAGE = "message"

    def __str__(self) -> str:
        return str(self.value)
