from enum import StrEnum


class LiveResponseShellCallCommandDeltaEventType(StrEnum):
    RESPONSE_SHELL_CALL_COMMAND_DELTA = "response.shell_call_command.delta"

    def __str__(self) -> str:
        return str(self.value)
