from enum import StrEnum


class LiveToolChoiceLiveAllowedToolsChoiceParamToolComputerType(StrEnum):
    COMPUTER = "computer"

    def __str__(self) -> str:
        return str(self.value)
