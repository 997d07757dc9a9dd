from enum import StrEnum


class LiveDecisionItemDeletedEventType(StrEnum):
    DECISION_ITEM_DELETED = "decision.item.deleted"

    def __str__(self) -> str:
        return str(self.value)
