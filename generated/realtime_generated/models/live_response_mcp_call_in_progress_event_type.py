from enum import StrEnum


class LiveResponseMcpCallInProgressEventType(StrEnum):
    RESPONSE_MCP_CALL_IN_PROGRESS = "response.mcp_call.in_progress"

    def __str__(self) -> str:
        return str(self.value)
