from enum import StrEnum


class LiveResponsesDelegationConfigToolMcpType(StrEnum):
    MCP = "mcp"

    def __str__(self) -> str:
        return str(self.value)
