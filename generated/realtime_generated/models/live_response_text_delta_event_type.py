from enum import StrEnum


class LiveResponseTextDeltaEventType(StrEnum):
    RESPONSE_OUTPUT_TEXT_DELTA = "response.output_text.delta"

    def __str__(self) -> str:
        return str(self.value)
