from enum import StrEnum


class LiveResponseItemCreateEventType(StrEnum):
    RESPONSE_ITEM_CREATE = "response.item.create"

    def __str__(self) -> str:
        return str(self.value)
