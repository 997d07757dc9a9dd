from enum import StrEnum


class LiveResponseShellCallOutputContentDeltaEventType(StrEnum):
    RESPONSE_SHELL_CALL_OUTPUT_CONTENT_DELTA = "response.shell_call_output_content.delta"

    def __str__(self) -> str:
        return str(self.value)
