from enum import StrEnum


class RealtimeResponseCreateParamsMaxOutputTokensType1(StrEnum):
    INF = "inf"

    def __str__(self) -> str:
        return str(self.value)
