from enum import StrEnum


class LiveLocalShellCallType(StrEnum):
    LOCAL_SHELL_CALL = "local_shell_call"

    def __str__(self) -> str:
        return str(self.value)
