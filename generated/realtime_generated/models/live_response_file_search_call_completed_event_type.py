from enum import StrEnum


class LiveResponseFileSearchCallCompletedEventType(StrEnum):
    RESPONSE_FILE_SEARCH_CALL_COMPLETED = "response.file_search_call.completed"

    def __str__(self) -> str:
        return str(self.value)
