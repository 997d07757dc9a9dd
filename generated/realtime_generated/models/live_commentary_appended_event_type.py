from enum import StrEnum


class LiveCommentaryAppendedEventType(StrEnum):
    SESSION_COMMENTARY_APPENDED = "session.commentary.appended"

    def __str__(self) -> str:
        return str(self.value)
