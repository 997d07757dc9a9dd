from enum import StrEnum


class RealtimeBetaServerEventConversationItemTruncatedType(StrEnum):
    CONVERSATION_ITEM_TRUNCATED = "conversation.item.truncated"

    def __str__(self) -> str:
        return str(self.value)
