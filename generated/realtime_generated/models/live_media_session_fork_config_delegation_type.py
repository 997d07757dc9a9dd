from enum import StrEnum


class LiveMediaSessionForkConfigDelegationType(StrEnum):
    RESPONSES = "responses"

    def __str__(self) -> str:
        return str(self.value)
