from enum import StrEnum


class LiveResponsesResponseCompactionItemType(StrEnum):
    COMPACTION = "compaction"

    def __str__(self) -> str:
        return str(self.value)
