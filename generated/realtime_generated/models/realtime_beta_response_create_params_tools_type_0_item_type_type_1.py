from enum import StrEnum


class RealtimeBetaResponseCreateParamsToolsType0ItemTypeType1(StrEnum):
    FUNCTION = "function"

    def __str__(self) -> str:
        return str(self.value)
