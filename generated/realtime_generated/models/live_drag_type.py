from enum import StrEnum


class LiveDragType(StrEnum):
    DRAG = "drag"

    def __str__(self) -> str:
        return str(self.value)
