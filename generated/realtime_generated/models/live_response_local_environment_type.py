from enum import StrEnum


class LiveResponseLocalEnvironmentType(StrEnum):
    LOCAL = "local"

    def __str__(self) -> str:
        return str(self.value)
