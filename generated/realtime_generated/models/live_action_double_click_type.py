from enum import StrEnum


class LiveActionDoubleClickType(StrEnum):
    DOUBLE_CLICK = "double_click"

    def __str__(self) -> str:
        return str(self.value)
