from enum import StrEnum


class LiveToolChoiceLiveAllowedToolsChoiceParamToolCustomType(StrEnum):
    CUSTOM = "custom"

    def __str__(self) -> str:
        return str(self.value)
