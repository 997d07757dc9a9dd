from enum import StrEnum


class LiveResponseWebSearchCallSearchingEventType(StrEnum):
    RESPONSE_WEB_SEARCH_CALL_SEARCHING = "response.web_search_call.searching"

    def __str__(self) -> str:
        return str(self.value)
