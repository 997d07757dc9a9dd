from enum import StrEnum


class RealtimeConversationItemMessageUserType(StrEnum):
    MESSAGE = "message"

    def __str__(self) -> str:
        return str(self.value)
