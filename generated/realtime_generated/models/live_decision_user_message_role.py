from enum import StrEnum


class LiveDecisionUserMessageRole(StrEnum):
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
