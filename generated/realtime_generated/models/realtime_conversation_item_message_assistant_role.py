from enum import StrEnum


class RealtimeConversationItemMessageAssistantRole(StrEnum):
    ASSISTANT = "assistant"

    def __str__(self) -> str:
        return str(self.value)
