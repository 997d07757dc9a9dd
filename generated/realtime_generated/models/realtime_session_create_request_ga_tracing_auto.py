from enum import StrEnum


class RealtimeSessionCreateRequestGATracingAuto(StrEnum):
    AUTO = "auto"

    def __str__(self) -> str:
        return str(self.value)
