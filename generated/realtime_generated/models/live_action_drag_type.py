from enum import StrEnum


class LiveActionDragType(StrEnum):
    DRAG = "drag"

    def __str__(self) -> str:
        return str(self.value)
