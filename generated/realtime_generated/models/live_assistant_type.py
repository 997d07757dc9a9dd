from enum import StrEnum


class LiveAssistantType(StrEnum):
    MESSAGE = "message"

    def __str__(self) -> str:
        return str(self.value)
