from enum import StrEnum


class LiveToolChoiceMcpType(StrEnum):
    MCP = "mcp"

    def __str__(self) -> str:
        return str(self.value)
