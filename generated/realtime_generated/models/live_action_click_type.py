from enum import StrEnum


class LiveActionClickType(StrEnum):
    CLICK = "click"

    def __str__(self) -> str:
        return str(self.value)
