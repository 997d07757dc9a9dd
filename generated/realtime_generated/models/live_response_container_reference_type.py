from enum import StrEnum


class LiveResponseContainerReferenceType(StrEnum):
    CONTAINER_REFERENCE = "container_reference"

    def __str__(self) -> str:
        return str(self.value)
