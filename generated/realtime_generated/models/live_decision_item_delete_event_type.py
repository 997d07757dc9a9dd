from enum import StrEnum


class LiveDecisionItemDeleteEventType(StrEnum):
    DECISION_ITEM_DELETE = "decision.item.delete"

    def __str__(self) -> str:
        return str(self.value)
