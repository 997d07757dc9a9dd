from enum import StrEnum


class LiveComputerToolType(StrEnum):
    COMPUTER = "computer"

    def __str__(self) -> str:
        return str(self.value)
