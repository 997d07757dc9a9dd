from enum import StrEnum


class LiveResponsesResponseToolSearchOutputItemToolMcpType(StrEnum):
    MCP = "mcp"

    def __str__(self) -> str:
        return str(self.value)
