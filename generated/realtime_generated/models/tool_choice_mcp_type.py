from enum import StrEnum


class ToolChoiceMCPType(StrEnum):
    MCP = "mcp"

    def __str__(self) -> str:
        return str(self.value)
