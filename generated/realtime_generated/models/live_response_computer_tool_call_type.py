from enum import StrEnum


class LiveResponseComputerToolCallType(StrEnum):
    COMPUTER_CALL = "computer_call"

    def __str__(self) -> str:
        return str(self.value)
