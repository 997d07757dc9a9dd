from enum import StrEnum


class LiveResponseCodeInterpreterCallCompletedEventType(StrEnum):
    RESPONSE_CODE_INTERPRETER_CALL_COMPLETED = "response.code_interpreter_call.completed"

    def __str__(self) -> str:
        return str(self.value)
