from enum import StrEnum


class LiveActionKeypressType(StrEnum):
    KEYPRESS = "keypress"

    def __str__(self) -> str:
        return str(self.value)
