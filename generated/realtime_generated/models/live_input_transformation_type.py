from enum import StrEnum


class LiveInputTransformationType(StrEnum):
    REASONING = "reasoning"

    def __str__(self) -> str:
        return str(self.value)
