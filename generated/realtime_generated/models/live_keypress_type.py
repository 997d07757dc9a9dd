from enum import StrEnum


class LiveKeypressType(StrEnum):
    KEYPRESS = "keypress"

    def __str__(self) -> str:
        return str(self.value)
