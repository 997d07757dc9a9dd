from enum import StrEnum


class RealtimeConversationItemMessageUserRole(StrEnum):
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
