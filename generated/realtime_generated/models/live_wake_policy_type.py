from enum import StrEnum


class LiveWakePolicyType(StrEnum):
    SPEECH = "speech"

    def __str__(self) -> str:
        return str(self.value)
