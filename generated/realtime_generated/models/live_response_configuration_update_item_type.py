from enum import StrEnum


class LiveResponseConfigurationUpdateItemType(StrEnum):
    CONFIGURATION_UPDATE = "configuration_update"

    def __str__(self) -> str:
        return str(self.value)
