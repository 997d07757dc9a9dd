from enum import StrEnum


class RealtimeSessionCreateResponseGATracingAuto(StrEnum):
    AUTO = "auto"

    def __str__(self) -> str:
        return str(self.value)
