from enum import StrEnum


class LiveCommentaryAppendEventType(StrEnum):
    SESSION_COMMENTARY_APPEND = "session.commentary.append"

    def __str__(self) -> str:
        return str(self.value)
