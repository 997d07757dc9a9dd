from enum import StrEnum


class LiveResponseFormatTextType(StrEnum):
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
