from enum import StrEnum


class LiveDecisionItemCreateEventType(StrEnum):
    DECISION_ITEM_CREATE = "decision.item.create"

    def __str__(self) -> str:
        return str(self.value)
