from enum import StrEnum


class RealtimeBetaResponseCreateParamsMaxOutputTokens(StrEnum):
    INF = "inf"

    def __str__(self) -> str:
        return str(self.value)
