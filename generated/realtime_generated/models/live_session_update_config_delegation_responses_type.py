from enum import StrEnum


class LiveSessionUpdateConfigDelegationResponsesType(StrEnum):
    RESPONSES = "responses"

    def __str__(self) -> str:
        return str(self.value)
