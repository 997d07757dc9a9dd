from enum import StrEnum


class LiveToolComputerType(StrEnum):
    COMPUTER = "computer"

    def __str__(self) -> str:
        return str(self.value)
