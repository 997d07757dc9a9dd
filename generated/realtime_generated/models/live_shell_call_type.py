from enum import StrEnum


class LiveShellCallType(StrEnum):
    SHELL_CALL = "shell_call"

    def __str__(self) -> str:
        return str(self.value)
