from enum import StrEnum


class LiveResponseReasoningSummaryPartDoneEventType(StrEnum):
    RESPONSE_REASONING_SUMMARY_PART_DONE = "response.reasoning_summary_part.done"

    def __str__(self) -> str:
        return str(self.value)
