from enum import StrEnum


class LiveResponseFileSearchToolCallType(StrEnum):
    FILE_SEARCH_CALL = "file_search_call"

    def __str__(self) -> str:
        return str(self.value)
