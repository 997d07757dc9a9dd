from enum import StrEnum


class LiveDecisionAssistantMessageType(StrEnum):
    MESSAGE = "message"

    def __str__(self) -> str:
        return str(self.value)
