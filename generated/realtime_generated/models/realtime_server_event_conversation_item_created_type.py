from enum import StrEnum


class RealtimeServerEventConversationItemCreatedType(StrEnum):
    CONVERSATION_ITEM_CREATED = "conversation.item.created"

    def __str__(self) -> str:
        return str(self.value)
