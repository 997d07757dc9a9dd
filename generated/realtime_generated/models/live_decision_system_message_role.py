from enum import StrEnum


class LiveDecisionSystemMessageRole(StrEnum):
    SYSTEM = "system"

    def __str__(self) -> str:
        return str(self.value)
