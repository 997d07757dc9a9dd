from enum import StrEnum


class LiveLocalShellCallOutputType(StrEnum):
    LOCAL_SHELL_CALL_OUTPUT = "local_shell_call_output"

    def __str__(self) -> str:
        return str(self.value)
