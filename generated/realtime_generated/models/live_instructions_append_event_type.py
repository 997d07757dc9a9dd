from enum import StrEnum


class LiveInstructionsAppendEventType(StrEnum):
    SESSION_INSTRUCTIONS_APPEND = "session.instructions.append"

    def __str__(self) -> str:
        return str(self.value)
