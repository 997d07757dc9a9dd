from enum import StrEnum


class RealtimeServerEventConversationItemTruncatedType(StrEnum):
    CONVERSATION_ITEM_TRUNCATED = "conversation.item.truncated"

    def __str__(self) -> str:
        return str(self.value)
