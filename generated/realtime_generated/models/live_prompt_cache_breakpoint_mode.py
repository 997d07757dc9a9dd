from enum import StrEnum


class LivePromptCacheBreakpointMode(StrEnum):
    EXPLICIT = "explicit"

    def __str__(self) -> str:
        return str(self.value)
