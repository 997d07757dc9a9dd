from enum import StrEnum


class RealtimeBetaServerEventConversationItemCreatedType(StrEnum):
    CONVERSATION_ITEM_CREATED = "conversation.item.created"

    def __str__(self) -> str:
        return str(self.value)
