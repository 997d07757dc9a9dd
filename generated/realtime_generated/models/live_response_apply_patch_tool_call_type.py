from enum import StrEnum


class LiveResponseApplyPatchToolCallType(StrEnum):
    APPLY_PATCH_CALL = "apply_patch_call"

    def __str__(self) -> str:
        return str(self.value)
