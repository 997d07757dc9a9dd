from enum import StrEnum


class LiveApplyPatchCallOperationCreateFileType(StrEnum):
    CREATE_FILE = "create_file"

    def __str__(self) -> str:
        return str(self.value)
