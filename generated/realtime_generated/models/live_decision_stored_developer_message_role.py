from enum import StrEnum


class LiveDecisionStoredDeveloperMessageRole(StrEnum):
    DEVELOPER = "developer"

    def __str__(self) -> str:
        return str(self.value)
