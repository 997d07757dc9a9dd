from enum import StrEnum


class LiveToolChoiceLiveMCPToolChoiceType(StrEnum):
    MCP = "mcp"

    def __str__(self) -> str:
        return str(self.value)
