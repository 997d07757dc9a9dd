from enum import StrEnum


class WebhookLiveCallIncomingType(StrEnum):
    LIVE_CALL_INCOMING = "live.call.incoming"

    def __str__(self) -> str:
        return str(self.value)
