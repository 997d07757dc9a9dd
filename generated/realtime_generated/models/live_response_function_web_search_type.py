from enum import StrEnum


class LiveResponseFunctionWebSearchType(StrEnum):
    WEB_SEARCH_CALL = "web_search_call"

    def __str__(self) -> str:
        return str(self.value)
