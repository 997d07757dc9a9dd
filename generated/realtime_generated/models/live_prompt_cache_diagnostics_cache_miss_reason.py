from enum import StrEnum


class LivePromptCacheDiagnosticsCacheMissReason(StrEnum):
    CONTEXT_COMPACTED = "context_compacted"
    INPUT_CHANGED = "input_changed"
    MODEL_CHANGED = "model_changed"
    PROMPT_CACHE_KEY_CHANGED = "prompt_cache_key_changed"
    REASONING_EFFORT_CHANGED = "reasoning_effort_changed"
    SERVICE_TIER_CHANGED = "service_tier_changed"
    TEXT_FORMAT_CHANGED = "text_format_changed"
    TOOLS_CHANGED = "tools_changed"
    VERBOSITY_CHANGED = "verbosity_changed"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "LivePromptCacheDiagnosticsCacheMissReason | None":
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
