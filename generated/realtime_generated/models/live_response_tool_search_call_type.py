from enum import StrEnum


class LiveResponseToolSearchCallType(StrEnum):
    TOOL_SEARCH_CALL = "tool_search_call"

    def __str__(self) -> str:
        return str(self.value)
