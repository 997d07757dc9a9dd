from enum import StrEnum


class LiveResponseFileSearchCallSearchingEventType(StrEnum):
    RESPONSE_FILE_SEARCH_CALL_SEARCHING = "response.file_search_call.searching"

    def __str__(self) -> str:
        return str(self.value)
