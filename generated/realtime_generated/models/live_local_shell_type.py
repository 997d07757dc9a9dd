from enum import StrEnum


class LiveLocalShellType(StrEnum):
    LOCAL_SHELL = "local_shell"

    def __str__(self) -> str:
        return str(self.value)
