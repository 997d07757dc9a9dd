from enum import StrEnum


class LiveScreenshotType(StrEnum):
    SCREENSHOT = "screenshot"

    def __str__(self) -> str:
        return str(self.value)
