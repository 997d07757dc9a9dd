from enum import StrEnum


class RealtimeConversationItemMessageSystemRole(StrEnum):
    SYSTEM = "system"

    def __str__(self) -> str:
        return str(self.value)
