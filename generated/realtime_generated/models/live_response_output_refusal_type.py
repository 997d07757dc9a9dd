from enum import StrEnum


class LiveResponseOutputRefusalType(StrEnum):
    REFUSAL = "refusal"

    def __str__(self) -> str:
        return str(self.value)
