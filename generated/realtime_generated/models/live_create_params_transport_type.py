from enum import StrEnum


class LiveCreateParamsTransportType(StrEnum):
    WEBRTC = "webrtc"

    def __str__(self) -> str:
        return str(self.value)
