from enum import StrEnum


class LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveFunctionToolChoiceType(StrEnum):
    FUNCTION = "function"

    def __str__(self) -> str:
        return str(self.value)
