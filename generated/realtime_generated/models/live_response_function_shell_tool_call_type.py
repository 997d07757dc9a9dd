from enum import StrEnum


class LiveResponseFunctionShellToolCallType(StrEnum):
    SHELL_CALL = "shell_call"

    def __str__(self) -> str:
        return str(self.value)
