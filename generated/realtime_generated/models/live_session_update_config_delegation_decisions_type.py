from enum import StrEnum


class LiveSessionUpdateConfigDelegationDecisionsType(StrEnum):
    DECISIONS = "decisions"

    def __str__(self) -> str:
        return str(self.value)
