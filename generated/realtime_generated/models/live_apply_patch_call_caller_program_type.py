from enum import StrEnum


class LiveApplyPatchCallCallerProgramType(StrEnum):
    PROGRAM = "program"

    def __str__(self) -> str:
        return str(self.value)
