from enum import StrEnum


class LiveDecisionCreateEventType(StrEnum):
    DECISION_CREATE = "decision.create"

    def __str__(self) -> str:
        return str(self.value)
