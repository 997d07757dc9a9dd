from enum import StrEnum


class LiveShellCallCallerProgramType(StrEnum):
    PROGRAM = "program"

    def __str__(self) -> str:
        return str(self.value)
