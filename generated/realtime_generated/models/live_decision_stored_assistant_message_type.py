from enum import StrEnum


class LiveDecisionStoredAssistantMessageType(StrEnum):
    MESSAGE = "message"

    def __str__(self) -> str:
        return str(self.value)
