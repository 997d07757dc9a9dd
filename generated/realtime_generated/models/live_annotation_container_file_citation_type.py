from enum import StrEnum


class LiveAnnotationContainerFileCitationType(StrEnum):
    CONTAINER_FILE_CITATION = "container_file_citation"

    def __str__(self) -> str:
        return str(self.value)
