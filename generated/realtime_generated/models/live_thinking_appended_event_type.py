from enum import StrEnum


class LiveThinkingAppendedEventType(StrEnum):
    SESSION_THINKING_APPENDED = "session.thinking.appended"

    def __str__(self) -> str:
        return str(self.value)
