from enum import StrEnum


class LiveResponseReasoningSummaryTextDeltaEventType(StrEnum):
    RESPONSE_REASONING_SUMMARY_TEXT_DELTA = "response.reasoning_summary_text.delta"

    def __str__(self) -> str:
        return str(self.value)
