from enum import StrEnum


class LiveLocalEnvironmentType(StrEnum):
    LOCAL = "local"

    def __str__(self) -> str:
        return str(self.value)
