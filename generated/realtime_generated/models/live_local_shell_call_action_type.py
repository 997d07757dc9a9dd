from enum import StrEnum


class LiveLocalShellCallActionType(StrEnum):
    EXEC = "exec"

    def __str__(self) -> str:
        return str(self.value)
