from enum import StrEnum


class LiveDecisionQuestionParamPredicateType(StrEnum):
    PREDICATE = "predicate"

    def __str__(self) -> str:
        return str(self.value)
