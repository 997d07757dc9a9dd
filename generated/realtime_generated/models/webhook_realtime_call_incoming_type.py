from enum import StrEnum


class WebhookRealtimeCallIncomingType(StrEnum):
    REALTIME_CALL_INCOMING = "realtime.call.incoming"

    def __str__(self) -> str:
        return str(self.value)
