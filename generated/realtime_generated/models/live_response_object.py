from enum import StrEnum


class LiveResponseObject(StrEnum):
    RESPONSE = "response"

    def __str__(self) -> str:
        return str(self.value)
