from enum import StrEnum


class MCPToolType(StrEnum):
    MCP = "mcp"

    def __str__(self) -> str:
        return str(self.value)
