from enum import StrEnum


class LiveResponseShellCallCommandAddedEventType(StrEnum):
    RESPONSE_SHELL_CALL_COMMAND_ADDED = "response.shell_call_command.added"

    def __str__(self) -> str:
        return str(self.value)
