from enum import StrEnum


class LiveResponseCodeInterpreterCallCodeDeltaEventType(StrEnum):
    RESPONSE_CODE_INTERPRETER_CALL_CODE_DELTA = "response.code_interpreter_call_code.delta"

    def __str__(self) -> str:
        return str(self.value)
