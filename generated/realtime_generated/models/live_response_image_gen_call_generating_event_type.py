from enum import StrEnum


class LiveResponseImageGenCallGeneratingEventType(StrEnum):
    RESPONSE_IMAGE_GENERATION_CALL_GENERATING = "response.image_generation_call.generating"

    def __str__(self) -> str:
        return str(self.value)
