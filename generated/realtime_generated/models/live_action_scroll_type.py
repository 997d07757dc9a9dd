from enum import StrEnum


class LiveActionScrollType(StrEnum):
    SCROLL = "scroll"

    def __str__(self) -> str:
        return str(self.value)
