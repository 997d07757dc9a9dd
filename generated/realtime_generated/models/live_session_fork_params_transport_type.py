from enum import StrEnum


class LiveSessionForkParamsTransportType(StrEnum):
    WEBRTC = "webrtc"

    def __str__(self) -> str:
        return str(self.value)
