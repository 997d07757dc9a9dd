from enum import StrEnum


class LiveAnswerAnswerResourceRefusalType(StrEnum):
    REFUSAL = "refusal"

    def __str__(self) -> str:
        return str(self.value)
