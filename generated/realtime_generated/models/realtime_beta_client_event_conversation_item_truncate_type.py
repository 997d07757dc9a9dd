from enum import StrEnum


class RealtimeBetaClientEventConversationItemTruncateType(StrEnum):
    CONVERSATION_ITEM_TRUNCATE = "conversation.item.truncate"

    def __str__(self) -> str:
        return str(self.value)
