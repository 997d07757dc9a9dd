from enum import StrEnum


class LiveResponsesResponseReasoningSummaryPartAddedEventPartType(StrEnum):
    SUMMARY_TEXT = "summary_text"

    def __str__(self) -> str:
        return str(self.value)
