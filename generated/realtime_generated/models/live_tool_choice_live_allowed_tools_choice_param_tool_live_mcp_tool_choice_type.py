from enum import StrEnum


class LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveMCPToolChoiceType(StrEnum):
    MCP = "mcp"

    def __str__(self) -> str:
        return str(self.value)
