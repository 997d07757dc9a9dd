from enum import StrEnum


class LiveSessionAcceptParamsSessionType(StrEnum):
    LIVE = "live"

    def __str__(self) -> str:
        return str(self.value)
