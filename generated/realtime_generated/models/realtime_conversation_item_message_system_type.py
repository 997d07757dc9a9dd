from enum import StrEnum


class RealtimeConversationItemMessageSystemType(StrEnum):
    MESSAGE = "message"

    def __str__(self) -> str:
        return str(self.value)
