from enum import StrEnum


class LiveResponseWebSearchCallCompletedEventType(StrEnum):
    RESPONSE_WEB_SEARCH_CALL_COMPLETED = "response.web_search_call.completed"

    def __str__(self) -> str:
        return str(self.value)
