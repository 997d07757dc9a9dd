from enum import StrEnum


class LiveResponseImageGenCallCompletedEventType(StrEnum):
    RESPONSE_IMAGE_GENERATION_CALL_COMPLETED = "response.image_generation_call.completed"

    def __str__(self) -> str:
        return str(self.value)
