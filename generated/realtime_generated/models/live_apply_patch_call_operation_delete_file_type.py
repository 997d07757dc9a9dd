from enum import StrEnum


class LiveApplyPatchCallOperationDeleteFileType(StrEnum):
    DELETE_FILE = "delete_file"

    def __str__(self) -> str:
        return str(self.value)
