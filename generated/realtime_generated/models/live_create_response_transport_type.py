from enum import StrEnum


class LiveCreateResponseTransportType(StrEnum):
    WEBRTC = "webrtc"

    def __str__(self) -> str:
        return str(self.value)
