from enum import StrEnum


class WebhookLiveTransportConnectedDataType(StrEnum):
    WEBRTC = "webrtc"

    def __str__(self) -> str:
        return str(self.value)
