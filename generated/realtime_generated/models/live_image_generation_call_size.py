from enum import StrEnum


class LiveImageGenerationCallSize(StrEnum):
    VALUE_0 = "1024x1024"
    VALUE_1 = "1024x1536"
    VALUE_2 = "1536x1024"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "LiveImageGenerationCallSize | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value this client was not generated with (kept as is)."""
        return self._name_ != "UNKNOWN"
