from enum import StrEnum


class LiveToolSearchType(StrEnum):
    TOOL_SEARCH = "tool_search"

    def __str__(self) -> str:
        return str(self.value)
