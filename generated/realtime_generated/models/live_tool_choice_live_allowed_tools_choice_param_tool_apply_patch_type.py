from enum import StrEnum


class LiveToolChoiceLiveAllowedToolsChoiceParamToolApplyPatchType(StrEnum):
    APPLY_PATCH = "apply_patch"

    def __str__(self) -> str:
        return str(self.value)
