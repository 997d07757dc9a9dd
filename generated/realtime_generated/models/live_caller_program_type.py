from enum import StrEnum


class LiveCallerProgramType(StrEnum):
    PROGRAM = "program"

    def __str__(self) -> str:
        return str(self.value)
