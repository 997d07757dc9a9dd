from enum import StrEnum


class LiveShellCallOutputCallerDirectType(StrEnum):
    DIRECT = "direct"

    def __str__(self) -> str:
        return str(self.value)
