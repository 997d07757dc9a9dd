from enum import StrEnum


class LiveProgramType(StrEnum):
    PROGRAM = "program"

    def __str__(self) -> str:
        return str(self.value)
