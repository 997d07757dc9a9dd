from enum import StrEnum


class LiveSkillReferenceType(StrEnum):
    SKILL_REFERENCE = "skill_reference"

    def __str__(self) -> str:
        return str(self.value)
