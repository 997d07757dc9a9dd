from enum import StrEnum


class LiveMediaSessionConfigDelegationDecisionsType(StrEnum):
    DECISIONS = "decisions"

    def __str__(self) -> str:
        return str(self.value)
