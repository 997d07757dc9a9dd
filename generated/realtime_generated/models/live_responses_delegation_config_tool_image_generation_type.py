from enum import StrEnum


class LiveResponsesDelegationConfigToolImageGenerationType(StrEnum):
    IMAGE_GENERATION = "image_generation"

    def __str__(self) -> str:
        return str(self.value)
