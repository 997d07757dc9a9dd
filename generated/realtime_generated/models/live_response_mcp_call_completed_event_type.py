from enum import StrEnum


class LiveResponseMcpCallCompletedEventType(StrEnum):
    RESPONSE_MCP_CALL_COMPLETED = "response.mcp_call.completed"

    def __str__(self) -> str:
        return str(self.value)
