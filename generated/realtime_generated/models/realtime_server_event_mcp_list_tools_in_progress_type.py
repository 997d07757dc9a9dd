from enum import StrEnum


class RealtimeServerEventMCPListToolsInProgressType(StrEnum):
    MCP_LIST_TOOLS_IN_PROGRESS = "mcp_list_tools.in_progress"

    def __str__(self) -> str:
        return str(self.value)
