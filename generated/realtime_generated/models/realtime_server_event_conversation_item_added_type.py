from enum import StrEnum


class RealtimeServerEventConversationItemAddedType(StrEnum):
    CONVERSATION_ITEM_ADDED = "conversation.item.added"

    def __str__(self) -> str:
        return str(self.value)
