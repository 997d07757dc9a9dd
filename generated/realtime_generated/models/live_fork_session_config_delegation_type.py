from enum import StrEnum


class LiveForkSessionConfigDelegationType(StrEnum):
    RESPONSES = "responses"

    def __str__(self) -> str:
        return str(self.value)
