from enum import StrEnum


class LiveOperationUpdateFileType(StrEnum):
    UPDATE_FILE = "update_file"

    def __str__(self) -> str:
        return str(self.value)
