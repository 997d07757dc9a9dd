from enum import StrEnum


class LiveToolChoiceImageGenerationType(StrEnum):
    IMAGE_GENERATION = "image_generation"

    def __str__(self) -> str:
        return str(self.value)
