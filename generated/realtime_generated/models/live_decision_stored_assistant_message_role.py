from enum import StrEnum


class LiveDecisionStoredAssistantMessageRole(StrEnum):
    ASSISTANT = "assistant"

    def __str__(self) -> str:
        return str(self.value)
