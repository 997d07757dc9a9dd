from enum import StrEnum


class LiveActionScreenshotType(StrEnum):
    SCREENSHOT = "screenshot"

    def __str__(self) -> str:
        return str(self.value)
