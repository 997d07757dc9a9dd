from enum import StrEnum


class LiveApplyPatchCallOperationUpdateFileType(StrEnum):
    UPDATE_FILE = "update_file"

    def __str__(self) -> str:
        return str(self.value)
