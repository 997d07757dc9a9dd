from enum import StrEnum


class LiveResponseCustomToolCallOutputItemType(StrEnum):
    CUSTOM_TOOL_CALL_OUTPUT = "custom_tool_call_output"

    def __str__(self) -> str:
        return str(self.value)
