from enum import StrEnum


class LiveResponseShellCallCommandDoneEventType(StrEnum):
    RESPONSE_SHELL_CALL_COMMAND_DONE = "response.shell_call_command.done"

    def __str__(self) -> str:
        return str(self.value)
