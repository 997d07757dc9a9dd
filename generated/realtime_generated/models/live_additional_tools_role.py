from enum import StrEnum


class LiveAdditionalToolsRole(StrEnum):
    DEVELOPER = "developer"

    def __str__(self) -> str:
        return str(self.value)
