from enum import StrEnum


class LiveResponseMcpListToolsInProgressEventType(StrEnum):
    RESPONSE_MCP_LIST_TOOLS_IN_PROGRESS = "response.mcp_list_tools.in_progress"

    def __str__(self) -> str:
        return str(self.value)
