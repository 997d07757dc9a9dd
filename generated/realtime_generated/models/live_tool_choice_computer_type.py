from enum import StrEnum


class LiveToolChoiceComputerType(StrEnum):
    COMPUTER = "computer"

    def __str__(self) -> str:
        return str(self.value)
