from enum import StrEnum


class LiveResponseFileSearchCallInProgressEventType(StrEnum):
    RESPONSE_FILE_SEARCH_CALL_IN_PROGRESS = "response.file_search_call.in_progress"

    def __str__(self) -> str:
        return str(self.value)
