from enum import StrEnum


class RealtimeBetaServerEventResponseTextDeltaType(StrEnum):
    RESPONSE_OUTPUT_TEXT_DELTA = "response.output_text.delta"

    def __str__(self) -> str:
        return str(self.value)
