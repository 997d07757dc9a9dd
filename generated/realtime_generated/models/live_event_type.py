from enum import StrEnum


class LiveEventType(StrEnum):
    DECISION_COMPLETED = "decision.completed"

    def __str__(self) -> str:
        return str(self.value)
