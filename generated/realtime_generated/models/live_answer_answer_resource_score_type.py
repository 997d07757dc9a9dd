from enum import StrEnum


class LiveAnswerAnswerResourceScoreType(StrEnum):
    SCORE = "score"

    def __str__(self) -> str:
        return str(self.value)
