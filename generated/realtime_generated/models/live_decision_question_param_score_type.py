from enum import StrEnum


class LiveDecisionQuestionParamScoreType(StrEnum):
    SCORE = "score"

    def __str__(self) -> str:
        return str(self.value)
