from enum import StrEnum


class LiveDecisionDeveloperMessageRole(StrEnum):
    DEVELOPER = "developer"

    def __str__(self) -> str:
        return str(self.value)
