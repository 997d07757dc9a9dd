from enum import StrEnum


class LiveThinkingAppendEventType(StrEnum):
    SESSION_THINKING_APPEND = "session.thinking.append"

    def __str__(self) -> str:
        return str(self.value)
