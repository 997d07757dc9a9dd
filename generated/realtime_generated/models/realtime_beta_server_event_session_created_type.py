from enum import StrEnum


class RealtimeBetaServerEventSessionCreatedType(StrEnum):
    SESSION_CREATED = "session.created"

    def __str__(self) -> str:
        return str(self.value)
