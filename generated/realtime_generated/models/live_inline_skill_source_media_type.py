from enum import StrEnum


class LiveInlineSkillSourceMediaType(StrEnum):
    APPLICATIONZIP = "application/zip"

    def __str__(self) -> str:
        return str(self.value)
