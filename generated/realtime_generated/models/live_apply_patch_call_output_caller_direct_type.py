from enum import StrEnum


class LiveApplyPatchCallOutputCallerDirectType(StrEnum):
    DIRECT = "direct"

    def __str__(self) -> str:
        return str(self.value)
