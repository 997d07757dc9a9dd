from enum import StrEnum


class LiveDecisionStoredUserMessageRole(StrEnum):
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
