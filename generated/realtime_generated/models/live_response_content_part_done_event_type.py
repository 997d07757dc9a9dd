from enum import StrEnum


class LiveResponseContentPartDoneEventType(StrEnum):
    RESPONSE_CONTENT_PART_DONE = "response.content_part.done"

    def __str__(self) -> str:
        return str(self.value)
