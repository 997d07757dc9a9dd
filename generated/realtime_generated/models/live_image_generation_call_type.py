from enum import StrEnum


class LiveImageGenerationCallType(StrEnum):
    IMAGE_GENERATION_CALL = "image_generation_call"

    def __str__(self) -> str:
        return str(self.value)
