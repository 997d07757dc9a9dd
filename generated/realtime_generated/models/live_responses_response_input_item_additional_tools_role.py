from enum import StrEnum


class LiveResponsesResponseInputItemAdditionalToolsRole(StrEnum):
    DEVELOPER = "developer"

    def __str__(self) -> str:
        return str(self.value)
