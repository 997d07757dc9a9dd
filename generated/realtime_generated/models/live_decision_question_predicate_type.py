from enum import StrEnum


class LiveDecisionQuestionPredicateType(StrEnum):
    PREDICATE = "predicate"

    def __str__(self) -> str:
        return str(self.value)
