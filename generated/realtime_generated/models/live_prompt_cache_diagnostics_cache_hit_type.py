from enum import StrEnum


class LivePromptCacheDiagnosticsCacheHitType(StrEnum):
    CACHE_HIT = "cache_hit"

    def __str__(self) -> str:
        return str(self.value)
