from enum import StrEnum


class PromptCacheBreakpointConfigMode(StrEnum):
    EXPLICIT = "explicit"

    def __str__(self) -> str:
        return str(self.value)
