from enum import StrEnum


class LiveToolSearchToolType(StrEnum):
    TOOL_SEARCH = "tool_search"

    def __str__(self) -> str:
        return str(self.value)
