from enum import StrEnum


class LiveInfoEventType(StrEnum):
    INFO = "info"

    def __str__(self) -> str:
        return str(self.value)
