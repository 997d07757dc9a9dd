from enum import StrEnum


class LiveDecisionAssistantMessageRole(StrEnum):
    ASSISTANT = "assistant"

    def __str__(self) -> str:
        return str(self.value)
