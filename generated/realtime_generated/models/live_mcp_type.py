from enum import StrEnum


class LiveMcpType(StrEnum):
    MCP = "mcp"

    def __str__(self) -> str:
        return str(self.value)
