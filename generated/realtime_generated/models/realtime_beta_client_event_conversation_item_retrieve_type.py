from enum import StrEnum


class RealtimeBetaClientEventConversationItemRetrieveType(StrEnum):
    CONVERSATION_ITEM_RETRIEVE = "conversation.item.retrieve"

    def __str__(self) -> str:
        return str(self.value)
