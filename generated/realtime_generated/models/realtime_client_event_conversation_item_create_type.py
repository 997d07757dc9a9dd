from enum import StrEnum


class RealtimeClientEventConversationItemCreateType(StrEnum):
    CONVERSATION_ITEM_CREATE = "conversation.item.create"

    def __str__(self) -> str:
        return str(self.value)
