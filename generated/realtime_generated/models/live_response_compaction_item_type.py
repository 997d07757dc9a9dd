from enum import StrEnum


class LiveResponseCompactionItemType(StrEnum):
    COMPACTION = "compaction"

    def __str__(self) -> str:
        return str(self.value)
