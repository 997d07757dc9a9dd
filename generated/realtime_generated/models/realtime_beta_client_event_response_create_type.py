from enum import StrEnum


class RealtimeBetaClientEventResponseCreateType(StrEnum):
    RESPONSE_CREATE = "response.create"

    def __str__(self) -> str:
        return str(self.value)
