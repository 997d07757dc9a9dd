from enum import StrEnum


class LiveResponseFunctionShellToolCallOutputType(StrEnum):
    SHELL_CALL_OUTPUT = "shell_call_output"

    def __str__(self) -> str:
        return str(self.value)
