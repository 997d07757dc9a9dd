from enum import StrEnum


class LiveDecisionQuestionScoreType(StrEnum):
    SCORE = "score"

    def __str__(self) -> str:
        return str(self.value)
