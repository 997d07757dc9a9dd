from enum import StrEnum


class LiveResponseCodeInterpreterCallCodeDoneEventType(StrEnum):
    RESPONSE_CODE_INTERPRETER_CALL_CODE_DONE = "response.code_interpreter_call_code.done"

    def __str__(self) -> str:
        return str(self.value)
