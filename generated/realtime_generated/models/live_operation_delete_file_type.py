from enum import StrEnum


class LiveOperationDeleteFileType(StrEnum):
    DELETE_FILE = "delete_file"

    def __str__(self) -> str:
        return str(self.value)
