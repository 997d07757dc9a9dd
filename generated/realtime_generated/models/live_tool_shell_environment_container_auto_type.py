from enum import StrEnum


class LiveToolShellEnvironmentContainerAutoType(StrEnum):
    CONTAINER_AUTO = "container_auto"

    def __str__(self) -> str:
        return str(self.value)
