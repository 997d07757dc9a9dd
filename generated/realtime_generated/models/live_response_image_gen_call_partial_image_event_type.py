from enum import StrEnum


class LiveResponseImageGenCallPartialImageEventType(StrEnum):
    RESPONSE_IMAGE_GENERATION_CALL_PARTIAL_IMAGE = "response.image_generation_call.partial_image"

    def __str__(self) -> str:
        return str(self.value)
