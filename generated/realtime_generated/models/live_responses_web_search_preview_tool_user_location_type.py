from enum import StrEnum


class LiveResponsesWebSearchPreviewToolUserLocationType(StrEnum):
    APPROXIMATE = "approximate"

    def __str__(self) -> str:
        return str(self.value)
