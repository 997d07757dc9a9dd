from enum import StrEnum


class LiveResponseOutputTextType(StrEnum):
    OUTPUT_TEXT = "output_text"

    def __str__(self) -> str:
        return str(self.value)
