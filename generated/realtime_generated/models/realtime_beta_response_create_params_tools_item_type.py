from enum import StrEnum


class RealtimeBetaResponseCreateParamsToolsItemType(StrEnum):
    FUNCTION = "function"

    def __str__(self) -> str:
        return str(self.value)
