from enum import StrEnum


class LiveDecisionTriggerParamType(StrEnum):
    DECISIONS = "decisions"

    def __str__(self) -> str:
        return str(self.value)
