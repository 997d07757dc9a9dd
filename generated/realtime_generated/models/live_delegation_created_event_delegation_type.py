from enum import StrEnum


class LiveDelegationCreatedEventDelegationType(StrEnum):
    DELEGATION = "delegation"

    def __str__(self) -> str:
        return str(self.value)
