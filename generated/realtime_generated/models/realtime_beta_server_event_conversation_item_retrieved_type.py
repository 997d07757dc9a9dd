from enum import StrEnum


class RealtimeBetaServerEventConversationItemRetrievedType(StrEnum):
    CONVERSATION_ITEM_RETRIEVED = "conversation.item.retrieved"

    def __str__(self) -> str:
        return str(self.value)
