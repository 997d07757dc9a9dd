from enum import StrEnum


class LiveDecisionEventType(StrEnum):
    DECISION_EVENT = "decision.event"

    def __str__(self) -> str:
        return str(self.value)
