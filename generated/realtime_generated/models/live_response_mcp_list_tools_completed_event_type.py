from enum import StrEnum


class LiveResponseMcpListToolsCompletedEventType(StrEnum):
    RESPONSE_MCP_LIST_TOOLS_COMPLETED = "response.mcp_list_tools.completed"

    def __str__(self) -> str:
        return str(self.value)
