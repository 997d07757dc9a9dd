from enum import StrEnum


class RealtimeBetaClientEventConversationItemDeleteType(StrEnum):
    CONVERSATION_ITEM_DELETE = "conversation.item.delete"

    def __str__(self) -> str:
        return str(self.value)
