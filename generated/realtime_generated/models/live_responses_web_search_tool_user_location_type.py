from enum import StrEnum


class LiveResponsesWebSearchToolUserLocationType(StrEnum):
    APPROXIMATE = "approximate"

    def __str__(self) -> str:
        return str(self.value)
