from enum import StrEnum


class LiveDecisionStoredDeveloperMessageType(StrEnum):
    MESSAGE = "message"

    def __str__(self) -> str:
        return str(self.value)
