from enum import StrEnum


class LiveProgramOutputType(StrEnum):
    PROGRAM_OUTPUT = "program_output"

    def __str__(self) -> str:
        return str(self.value)
