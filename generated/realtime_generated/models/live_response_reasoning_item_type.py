from enum import StrEnum


class LiveResponseReasoningItemType(StrEnum):
    REASONING = "reasoning"

    def __str__(self) -> str:
        return str(self.value)
