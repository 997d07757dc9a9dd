from enum import StrEnum


class LiveToolLocalShellType(StrEnum):
    LOCAL_SHELL = "local_shell"

    def __str__(self) -> str:
        return str(self.value)
