from enum import StrEnum


class LiveActionTypeType(StrEnum):
    TYPE = "type"

    def __str__(self) -> str:
        return str(self.value)
