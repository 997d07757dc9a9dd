from enum import StrEnum


class LiveAnnotationFileCitationType(StrEnum):
    FILE_CITATION = "file_citation"

    def __str__(self) -> str:
        return str(self.value)
