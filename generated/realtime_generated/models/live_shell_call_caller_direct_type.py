from enum import StrEnum


class LiveShellCallCallerDirectType(StrEnum):
    DIRECT = "direct"

    def __str__(self) -> str:
        return str(self.value)
