from enum import StrEnum


class TranscriptTextUsageDurationType(StrEnum):
    DURATION = "duration"

    def __str__(self) -> str:
        return str(self.value)
