from enum import StrEnum


class LivePromptCacheDiagnosticsComparisonResponseNotFoundType(StrEnum):
    COMPARISON_RESPONSE_NOT_FOUND = "comparison_response_not_found"

    def __str__(self) -> str:
        return str(self.value)
