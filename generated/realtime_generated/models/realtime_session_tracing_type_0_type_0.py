from enum import StrEnum


class RealtimeSessionTracingType0Type0(StrEnum):
    AUTO = "auto"

    def __str__(self) -> str:
        return str(self.value)
