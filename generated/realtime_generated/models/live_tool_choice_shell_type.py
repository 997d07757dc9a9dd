from enum import StrEnum


class LiveToolChoiceShellType(StrEnum):
    SHELL = "shell"

    def __str__(self) -> str:
        return str(self.value)
