from enum import StrEnum


class RealtimeSessionTracingAuto(StrEnum):
    AUTO = "auto"

    def __str__(self) -> str:
        return str(self.value)
