from enum import StrEnum


class LiveResponseCodeInterpreterToolCallType(StrEnum):
    CODE_INTERPRETER_CALL = "code_interpreter_call"

    def __str__(self) -> str:
        return str(self.value)
