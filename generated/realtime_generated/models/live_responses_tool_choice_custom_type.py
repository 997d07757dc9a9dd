from enum import StrEnum


class LiveResponsesToolChoiceCustomType(StrEnum):
    CUSTOM = "custom"

    def __str__(self) -> str:
        return str(self.value)
