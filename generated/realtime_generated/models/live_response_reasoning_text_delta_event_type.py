from enum import StrEnum


class LiveResponseReasoningTextDeltaEventType(StrEnum):
    RESPONSE_REASONING_TEXT_DELTA = "response.reasoning_text.delta"

    def __str__(self) -> str:
        return str(self.value)
