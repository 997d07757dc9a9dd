from enum import StrEnum


class LiveToolShellEnvironmentContainerAutoSkillInlineType(StrEnum):
    INLINE = "inline"

    def __str__(self) -> str:
        return str(self.value)
