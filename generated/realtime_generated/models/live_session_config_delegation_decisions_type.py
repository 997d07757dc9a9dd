from enum import StrEnum


class LiveSessionConfigDelegationDecisionsType(StrEnum):
    DECISIONS = "decisions"

    def __str__(self) -> str:
        return str(self.value)
