from enum import StrEnum


class LivePromptCacheDiagnosticsCacheMissType(StrEnum):
    CACHE_MISS = "cache_miss"

    def __str__(self) -> str:
        return str(self.value)
