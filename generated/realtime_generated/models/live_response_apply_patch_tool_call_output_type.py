from enum import StrEnum


class LiveResponseApplyPatchToolCallOutputType(StrEnum):
    APPLY_PATCH_CALL_OUTPUT = "apply_patch_call_output"

    def __str__(self) -> str:
        return str(self.value)
