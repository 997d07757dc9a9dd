from enum import StrEnum


class RealtimeServerEventMCPListToolsFailedType(StrEnum):
    MCP_LIST_TOOLS_FAILED = "mcp_list_tools.failed"

    def __str__(self) -> str:
        return str(self.value)
