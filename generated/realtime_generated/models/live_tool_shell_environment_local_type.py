from enum import StrEnum


class LiveToolShellEnvironmentLocalType(StrEnum):
    LOCAL = "local"

    def __str__(self) -> str:
        return str(self.value)
