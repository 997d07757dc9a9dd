from enum import StrEnum


class LiveContentPartRefusalType(StrEnum):
    REFUSAL = "refusal"

    def __str__(self) -> str:
        return str(self.value)
