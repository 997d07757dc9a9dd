from enum import StrEnum


class LiveResponsesDelegationConfigToolChoiceCustomType(StrEnum):
    CUSTOM = "custom"

    def __str__(self) -> str:
        return str(self.value)
