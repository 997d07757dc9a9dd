from enum import StrEnum


class LiveContainerReferenceType(StrEnum):
    CONTAINER_REFERENCE = "container_reference"

    def __str__(self) -> str:
        return str(self.value)
