from enum import StrEnum


class LiveOperationCreateFileType(StrEnum):
    CREATE_FILE = "create_file"

    def __str__(self) -> str:
        return str(self.value)
