from enum import StrEnum


class LiveResponseMcpCallArgumentsDoneEventType(StrEnum):
    RESPONSE_MCP_CALL_ARGUMENTS_DONE = "response.mcp_call_arguments.done"

    def __str__(self) -> str:
        return str(self.value)
