from enum import StrEnum


class LiveTypeType(StrEnum):
    TYPE = "type"

    def __str__(self) -> str:
        return str(self.value)
