from enum import StrEnum


class LiveResponseShellCallOutputContentDoneEventType(StrEnum):
    RESPONSE_SHELL_CALL_OUTPUT_CONTENT_DONE = "response.shell_call_output_content.done"

    def __str__(self) -> str:
        return str(self.value)
