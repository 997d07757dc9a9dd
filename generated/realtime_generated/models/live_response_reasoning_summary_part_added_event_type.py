from enum import StrEnum


class LiveResponseReasoningSummaryPartAddedEventType(StrEnum):
    RESPONSE_REASONING_SUMMARY_PART_ADDED = "response.reasoning_summary_part.added"

    def __str__(self) -> str:
        return str(self.value)
