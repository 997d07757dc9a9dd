from enum import StrEnum


class LiveResponseRefusalDeltaEventType(StrEnum):
    RESPONSE_REFUSAL_DELTA = "response.refusal.delta"

    def __str__(self) -> str:
        return str(self.value)
