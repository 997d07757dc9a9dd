from enum import StrEnum


class RealtimeServerEventConversationItemDeletedType(StrEnum):
    CONVERSATION_ITEM_DELETED = "conversation.item.deleted"

    def __str__(self) -> str:
        return str(self.value)
