from enum import StrEnum


class LiveIncompleteDetailsReason(StrEnum):
    CONTENT_FILTER = "content_filter"
    MAX_MESSAGES = "max_messages"
    MAX_OUTPUT_TOKENS = "max_output_tokens"
    STEERED = "steered"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "LiveIncompleteDetailsReason | None":
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
