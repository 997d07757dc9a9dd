from enum import StrEnum


class LiveResponseImageGenCallInProgressEventType(StrEnum):
    RESPONSE_IMAGE_GENERATION_CALL_IN_PROGRESS = "response.image_generation_call.in_progress"

    def __str__(self) -> str:
        return str(self.value)
