from enum import StrEnum


class LiveMisalignmentErrorType(StrEnum):
    OTHER = "other"
    POTENTIALLY_UNINTENDED_DATA_ACCESS = "potentially_unintended_data_access"
    POTENTIALLY_UNINTENDED_DATA_TRANSFER = "potentially_unintended_data_transfer"
    POTENTIALLY_UNINTENDED_DESTRUCTIVE_ACTIVITY = "potentially_unintended_destructive_activity"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "LiveMisalignmentErrorType | None":
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
