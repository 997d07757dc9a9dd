from enum import StrEnum


class LiveDecisionDeveloperMessageType(StrEnum):
    MESSAGE = "message"

    def __str__(self) -> str:
        return str(self.value)
