from enum import StrEnum


class LiveDecisionStoredSystemMessageRole(StrEnum):
    SYSTEM = "system"

    def __str__(self) -> str:
        return str(self.value)
