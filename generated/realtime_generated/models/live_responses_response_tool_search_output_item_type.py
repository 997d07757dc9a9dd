from enum import StrEnum


class LiveResponsesResponseToolSearchOutputItemType(StrEnum):
    TOOL_SEARCH_OUTPUT = "tool_search_output"

    def __str__(self) -> str:
        return str(self.value)
