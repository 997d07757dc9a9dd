from enum import StrEnum


class LiveOutputLogsType(StrEnum):
    LOGS = "logs"

    def __str__(self) -> str:
        return str(self.value)
