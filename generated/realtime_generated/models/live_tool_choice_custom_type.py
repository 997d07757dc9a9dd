from enum import StrEnum


class LiveToolChoiceCustomType(StrEnum):
    CUSTOM = "custom"

    def __str__(self) -> str:
        return str(self.value)
