from enum import StrEnum


class LiveToolShellType(StrEnum):
    SHELL = "shell"

    def __str__(self) -> str:
        return str(self.value)
