from enum import StrEnum


class LiveOutputImageType(StrEnum):
    IMAGE = "image"

    def __str__(self) -> str:
        return str(self.value)
