from enum import StrEnum


class LiveResponseCodeInterpreterCallInterpretingEventType(StrEnum):
    RESPONSE_CODE_INTERPRETER_CALL_INTERPRETING = "response.code_interpreter_call.interpreting"

    def __str__(self) -> str:
        return str(self.value)
