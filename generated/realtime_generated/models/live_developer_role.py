from enum import StrEnum


class LiveDeveloperRole(StrEnum):
    DEVELOPER = "developer"

    def __str__(self) -> str:
        return str(self.value)
