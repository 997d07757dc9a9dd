from enum import StrEnum


class LiveDecisionTriggerType(StrEnum):
    DECISIONS = "decisions"

    def __str__(self) -> str:
        return str(self.value)
