from enum import StrEnum


class RealtimeSessionCreateRequestTracingAuto(StrEnum):
    AUTO = "auto"

    def __str__(self) -> str:
        return str(self.value)
