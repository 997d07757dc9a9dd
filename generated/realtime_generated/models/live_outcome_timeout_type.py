from enum import StrEnum


class LiveOutcomeTimeoutType(StrEnum):
    TIMEOUT = "timeout"

    def __str__(self) -> str:
        return str(self.value)
