from enum import StrEnum


class RealtimeConversationItemMessageAssistantType(StrEnum):
    MESSAGE = "message"

    def __str__(self) -> str:
        return str(self.value)
