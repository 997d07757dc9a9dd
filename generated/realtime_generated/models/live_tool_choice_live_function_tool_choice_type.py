from enum import StrEnum


class LiveToolChoiceLiveFunctionToolChoiceType(StrEnum):
    FUNCTION = "function"

    def __str__(self) -> str:
        return str(self.value)
