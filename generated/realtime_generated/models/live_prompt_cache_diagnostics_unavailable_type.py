from enum import StrEnum


class LivePromptCacheDiagnosticsUnavailableType(StrEnum):
    UNAVAILABLE = "unavailable"

    def __str__(self) -> str:
        return str(self.value)
