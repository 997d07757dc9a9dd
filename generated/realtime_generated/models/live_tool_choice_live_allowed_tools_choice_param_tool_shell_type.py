from enum import StrEnum


class LiveToolChoiceLiveAllowedToolsChoiceParamToolShellType(StrEnum):
    SHELL = "shell"

    def __str__(self) -> str:
        return str(self.value)
