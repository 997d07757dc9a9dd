from enum import StrEnum


class LiveResponseCustomToolCallInputDeltaEventType(StrEnum):
    RESPONSE_CUSTOM_TOOL_CALL_INPUT_DELTA = "response.custom_tool_call_input.delta"

    def __str__(self) -> str:
        return str(self.value)
