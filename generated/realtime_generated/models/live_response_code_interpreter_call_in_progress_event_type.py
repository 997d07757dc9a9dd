from enum import StrEnum


class LiveResponseCodeInterpreterCallInProgressEventType(StrEnum):
    RESPONSE_CODE_INTERPRETER_CALL_IN_PROGRESS = "response.code_interpreter_call.in_progress"

    def __str__(self) -> str:
        return str(self.value)
