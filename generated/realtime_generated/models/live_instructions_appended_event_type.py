from enum import StrEnum


class LiveInstructionsAppendedEventType(StrEnum):
    SESSION_INSTRUCTIONS_APPENDED = "session.instructions.appended"

    def __str__(self) -> str:
        return str(self.value)
