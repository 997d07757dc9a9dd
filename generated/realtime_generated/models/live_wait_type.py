from enum import StrEnum


class LiveWaitType(StrEnum):
    WAIT = "wait"

    def __str__(self) -> str:
        return str(self.value)
