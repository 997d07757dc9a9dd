from enum import StrEnum


class LiveFunctionCallOutputCallerDirectType(StrEnum):
    DIRECT = "direct"

    def __str__(self) -> str:
        return str(self.value)
