from enum import StrEnum


class LiveResponseReasoningSummaryPartDoneEventStatus(StrEnum):
    INCOMPLETE = "incomplete"

    def __str__(self) -> str:
        return str(self.value)
