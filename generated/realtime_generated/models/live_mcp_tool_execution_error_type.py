from enum import StrEnum


class LiveMcpToolExecutionErrorType(StrEnum):
    MCP_TOOL_EXECUTION_ERROR = "mcp_tool_execution_error"

    def __str__(self) -> str:
        return str(self.value)
