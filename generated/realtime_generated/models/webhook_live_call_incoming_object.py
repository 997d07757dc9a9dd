from enum import StrEnum


class WebhookLiveCallIncomingObject(StrEnum):
    EVENT = "event"

    def __str__(self) -> str:
        return str(self.value)
