from enum import StrEnum


class LiveDecisionItemCreateEventItemFunctionCallType(StrEnum):
    FUNCTION_CALL = "function_call"

    def __str__(self) -> str:
        return str(self.value)
