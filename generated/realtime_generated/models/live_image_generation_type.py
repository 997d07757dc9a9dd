from enum import StrEnum


class LiveImageGenerationType(StrEnum):
    IMAGE_GENERATION = "image_generation"

    def __str__(self) -> str:
        return str(self.value)
