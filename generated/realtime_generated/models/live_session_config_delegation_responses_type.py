from enum import StrEnum


class LiveSessionConfigDelegationResponsesType(StrEnum):
    RESPONSES = "responses"

    def __str__(self) -> str:
        return str(self.value)
