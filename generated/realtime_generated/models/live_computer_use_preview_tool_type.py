from enum import StrEnum


class LiveComputerUsePreviewToolType(StrEnum):
    COMPUTER_USE_PREVIEW = "computer_use_preview"

    def __str__(self) -> str:
        return str(self.value)
