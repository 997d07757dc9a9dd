from enum import StrEnum


class LiveDelegationCreatedEventType(StrEnum):
    SESSION_DELEGATION_CREATED = "session.delegation.created"

    def __str__(self) -> str:
        return str(self.value)
