from enum import StrEnum


class LiveAssistantContentOutputTextType(StrEnum):
    OUTPUT_TEXT = "output_text"

    def __str__(self) -> str:
        return str(self.value)
