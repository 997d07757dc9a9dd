from enum import StrEnum


class LiveAnswerAnswerResourcePredicateType(StrEnum):
    PREDICATE = "predicate"

    def __str__(self) -> str:
        return str(self.value)
