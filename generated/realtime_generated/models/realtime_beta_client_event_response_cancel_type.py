from enum import StrEnum


class RealtimeBetaClientEventResponseCancelType(StrEnum):
    RESPONSE_CANCEL = "response.cancel"

    def __str__(self) -> str:
        return str(self.value)
