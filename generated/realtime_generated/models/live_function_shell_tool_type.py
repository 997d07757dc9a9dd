from enum import StrEnum


class LiveFunctionShellToolType(StrEnum):
    SHELL = "shell"

    def __str__(self) -> str:
        return str(self.value)
