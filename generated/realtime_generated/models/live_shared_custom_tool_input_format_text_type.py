from enum import StrEnum


class LiveSharedCustomToolInputFormatTextType(StrEnum):
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
