from enum import StrEnum


class LiveToolChoiceSpecificProgrammaticToolCallingType(StrEnum):
    PROGRAMMATIC_TOOL_CALLING = "programmatic_tool_calling"

    def __str__(self) -> str:
        return str(self.value)
