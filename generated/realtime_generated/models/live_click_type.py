from enum import StrEnum


class LiveClickType(StrEnum):
    CLICK = "click"

    def __str__(self) -> str:
        return str(self.value)
