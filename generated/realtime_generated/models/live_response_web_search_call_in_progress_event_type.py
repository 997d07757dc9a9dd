from enum import StrEnum


class LiveResponseWebSearchCallInProgressEventType(StrEnum):
    RESPONSE_WEB_SEARCH_CALL_IN_PROGRESS = "response.web_search_call.in_progress"

    def __str__(self) -> str:
        return str(self.value)
