from enum import StrEnum


class LiveDecisionItemCreatedEventType(StrEnum):
    DECISION_ITEM_CREATED = "decision.item.created"

    def __str__(self) -> str:
        return str(self.value)
