from enum import StrEnum


class LiveCompactionTriggerType(StrEnum):
    COMPACTION_TRIGGER = "compaction_trigger"

    def __str__(self) -> str:
        return str(self.value)
