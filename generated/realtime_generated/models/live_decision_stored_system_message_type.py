from enum import StrEnum


class LiveDecisionStoredSystemMessageType(StrEnum):
    MESSAGE = "message"

    def __str__(self) -> str:
        return str(self.value)
