from enum import StrEnum


class LiveToolShellEnvironmentContainerAutoSkillInlineSourceMediaType(StrEnum):
    APPLICATIONZIP = "application/zip"

    def __str__(self) -> str:
        return str(self.value)
