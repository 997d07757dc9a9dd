from enum import StrEnum


class LiveToolChoiceLiveAllowedToolsChoiceParamToolCodeInterpreterType(StrEnum):
    CODE_INTERPRETER = "code_interpreter"

    def __str__(self) -> str:
        return str(self.value)
