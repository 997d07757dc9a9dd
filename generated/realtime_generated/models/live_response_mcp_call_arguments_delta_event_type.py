from enum import StrEnum


class LiveResponseMcpCallArgumentsDeltaEventType(StrEnum):
    RESPONSE_MCP_CALL_ARGUMENTS_DELTA = "response.mcp_call_arguments.delta"

    def __str__(self) -> str:
        return str(self.value)
