from enum import StrEnum


class RealtimeMCPToolExecutionErrorType(StrEnum):
    TOOL_EXECUTION_ERROR = "tool_execution_error"

    def __str__(self) -> str:
        return str(self.value)
