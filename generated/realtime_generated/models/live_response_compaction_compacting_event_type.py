from enum import StrEnum


class LiveResponseCompactionCompactingEventType(StrEnum):
    RESPONSE_COMPACTION_COMPACTING = "response.compaction.compacting"

    def __str__(self) -> str:
        return str(self.value)
