from enum import StrEnum


class LiveOutputOutcomeExitType(StrEnum):
    EXIT = "exit"

    def __str__(self) -> str:
        return str(self.value)
