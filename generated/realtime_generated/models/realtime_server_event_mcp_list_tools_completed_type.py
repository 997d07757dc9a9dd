from enum import StrEnum


class RealtimeServerEventMCPListToolsCompletedType(StrEnum):
    MCP_LIST_TOOLS_COMPLETED = "mcp_list_tools.completed"

    def __str__(self) -> str:
        return str(self.value)
