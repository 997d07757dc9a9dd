from enum import StrEnum


class LiveContentType(StrEnum):
    REASONING_TEXT = "reasoning_text"

    def __str__(self) -> str:
        return str(self.value)
