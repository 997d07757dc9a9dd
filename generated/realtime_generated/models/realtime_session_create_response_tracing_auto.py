from enum import StrEnum


class RealtimeSessionCreateResponseTracingAuto(StrEnum):
    AUTO = "auto"

    def __str__(self) -> str:
        return str(self.value)
