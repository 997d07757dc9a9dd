from enum import StrEnum


class RealtimeConversationItemMessageUserObject(StrEnum):
    REALTIME_ITEM = "realtime.item"

    def __str__(self) -> str:
        return str(self.value)
