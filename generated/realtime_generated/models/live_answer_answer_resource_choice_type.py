from enum import StrEnum


class LiveAnswerAnswerResourceChoiceType(StrEnum):
    CHOICE = "choice"

    def __str__(self) -> str:
        return str(self.value)
