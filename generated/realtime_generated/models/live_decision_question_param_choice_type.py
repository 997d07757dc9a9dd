from enum import StrEnum


class LiveDecisionQuestionParamChoiceType(StrEnum):
    CHOICE = "choice"

    def __str__(self) -> str:
        return str(self.value)
