from enum import StrEnum


class LiveShellCallOutputCallerProgramType(StrEnum):
    PROGRAM = "program"

    def __str__(self) -> str:
        return str(self.value)
