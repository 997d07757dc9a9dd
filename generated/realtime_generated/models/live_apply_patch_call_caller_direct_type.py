from enum import StrEnum


class LiveApplyPatchCallCallerDirectType(StrEnum):
    DIRECT = "direct"

    def __str__(self) -> str:
        return str(self.value)
