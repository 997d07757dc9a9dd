from enum import StrEnum


class RealtimeServerEventConversationItemDoneType(StrEnum):
    CONVERSATION_ITEM_DONE = "conversation.item.done"

    def __str__(self) -> str:
        return str(self.value)
