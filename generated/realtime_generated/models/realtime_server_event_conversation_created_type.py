from enum import StrEnum


class RealtimeServerEventConversationCreatedType(StrEnum):
    CONVERSATION_CREATED = "conversation.created"

    def __str__(self) -> str:
        return str(self.value)
