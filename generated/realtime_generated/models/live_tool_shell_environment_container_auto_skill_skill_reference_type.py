from enum import StrEnum


class LiveToolShellEnvironmentContainerAutoSkillSkillReferenceType(StrEnum):
    SKILL_REFERENCE = "skill_reference"

    def __str__(self) -> str:
        return str(self.value)
