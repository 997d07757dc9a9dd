from enum import StrEnum


class LiveSessionDelegationDecisionsType(StrEnum):
    DECISIONS = "decisions"

    def __str__(self) -> str:
        return str(self.value)
