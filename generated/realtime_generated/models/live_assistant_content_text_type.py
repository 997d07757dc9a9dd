from enum import StrEnum


class LiveAssistantContentTextType(StrEnum):
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
