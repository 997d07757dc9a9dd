from enum import StrEnum


class LiveResponseReasoningSummaryTextDoneEventType(StrEnum):
    RESPONSE_REASONING_SUMMARY_TEXT_DONE = "response.reasoning_summary_text.done"

    def __str__(self) -> str:
        return str(self.value)
