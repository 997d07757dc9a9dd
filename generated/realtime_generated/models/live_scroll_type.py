from enum import StrEnum


class LiveScrollType(StrEnum):
    SCROLL = "scroll"

    def __str__(self) -> str:
        return str(self.value)
