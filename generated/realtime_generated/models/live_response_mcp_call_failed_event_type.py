from enum import StrEnum


class LiveResponseMcpCallFailedEventType(StrEnum):
    RESPONSE_MCP_CALL_FAILED = "response.mcp_call.failed"

    def __str__(self) -> str:
        return str(self.value)
