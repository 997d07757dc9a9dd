from enum import StrEnum


class LiveFunctionCallOutputCallerProgramType(StrEnum):
    PROGRAM = "program"

    def __str__(self) -> str:
        return str(self.value)
