from enum import StrEnum


class LiveResponseContentPartAddedEventType(StrEnum):
    RESPONSE_CONTENT_PART_ADDED = "response.content_part.added"

    def __str__(self) -> str:
        return str(self.value)
