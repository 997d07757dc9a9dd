from enum import StrEnum


class LiveDecisionQuestionChoiceType(StrEnum):
    CHOICE = "choice"

    def __str__(self) -> str:
        return str(self.value)
