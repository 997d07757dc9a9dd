from enum import StrEnum


class RealtimeBetaResponseMaxOutputTokens(StrEnum):
    INF = "inf"

    def __str__(self) -> str:
        return str(self.value)
