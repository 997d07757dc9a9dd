from enum import StrEnum


class LiveResponseMcpListToolsFailedEventType(StrEnum):
    RESPONSE_MCP_LIST_TOOLS_FAILED = "response.mcp_list_tools.failed"

    def __str__(self) -> str:
        return str(self.value)
