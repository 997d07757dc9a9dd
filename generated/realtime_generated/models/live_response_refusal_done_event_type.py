from enum import StrEnum


class LiveResponseRefusalDoneEventType(StrEnum):
    RESPONSE_REFUSAL_DONE = "response.refusal.done"

    def __str__(self) -> str:
        return str(self.value)
