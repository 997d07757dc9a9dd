from enum import StrEnum


class LiveResponseCustomToolCallInputDoneEventType(StrEnum):
    RESPONSE_CUSTOM_TOOL_CALL_INPUT_DONE = "response.custom_tool_call_input.done"

    def __str__(self) -> str:
        return str(self.value)
