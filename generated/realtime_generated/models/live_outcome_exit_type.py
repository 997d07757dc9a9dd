from enum import StrEnum


class LiveOutcomeExitType(StrEnum):
    EXIT = "exit"

    def __str__(self) -> str:
        return str(self.value)
