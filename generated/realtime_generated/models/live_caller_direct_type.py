from enum import StrEnum


class LiveCallerDirectType(StrEnum):
    DIRECT = "direct"

    def __str__(self) -> str:
        return str(self.value)
