from enum import StrEnum


class LiveResponseComputerToolCallOutputScreenshotType(StrEnum):
    COMPUTER_SCREENSHOT = "computer_screenshot"

    def __str__(self) -> str:
        return str(self.value)
