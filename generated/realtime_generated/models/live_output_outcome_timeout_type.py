from enum import StrEnum


class LiveOutputOutcomeTimeoutType(StrEnum):
    TIMEOUT = "timeout"

    def __str__(self) -> str:
        return str(self.value)
