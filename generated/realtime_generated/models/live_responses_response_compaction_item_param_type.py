from enum import StrEnum


class LiveResponsesResponseCompactionItemParamType(StrEnum):
    COMPACTION = "compaction"

    def __str__(self) -> str:
        return str(self.value)
