from enum import StrEnum


class LiveResponseOutputItemAddedEventType(StrEnum):
    RESPONSE_OUTPUT_ITEM_ADDED = "response.output_item.added"

    def __str__(self) -> str:
        return str(self.value)
