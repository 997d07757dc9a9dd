from enum import StrEnum


class LiveActionWaitType(StrEnum):
    WAIT = "wait"

    def __str__(self) -> str:
        return str(self.value)
