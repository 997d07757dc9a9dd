from enum import StrEnum


class LiveInlineSkillType(StrEnum):
    INLINE = "inline"

    def __str__(self) -> str:
        return str(self.value)
