from enum import StrEnum


class LiveSessionResourceStatus(StrEnum):
    ACTIVE = "active"

    def __str__(self) -> str:
        return str(self.value)
