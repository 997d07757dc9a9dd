from enum import StrEnum


class LiveResponseReasoningTextDoneEventType(StrEnum):
    RESPONSE_REASONING_TEXT_DONE = "response.reasoning_text.done"

    def __str__(self) -> str:
        return str(self.value)
