from enum import StrEnum


class LiveResponseComputerToolCallOutputItemType(StrEnum):
    COMPUTER_CALL_OUTPUT = "computer_call_output"

    def __str__(self) -> str:
        return str(self.value)
