from enum import StrEnum


class LiveSessionDelegationResponsesType(StrEnum):
    RESPONSES = "responses"

    def __str__(self) -> str:
        return str(self.value)
