from enum import StrEnum


class LiveCustomToolType(StrEnum):
    CUSTOM = "custom"

    def __str__(self) -> str:
        return str(self.value)
