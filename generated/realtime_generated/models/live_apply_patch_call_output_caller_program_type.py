from enum import StrEnum


class LiveApplyPatchCallOutputCallerProgramType(StrEnum):
    PROGRAM = "program"

    def __str__(self) -> str:
        return str(self.value)
