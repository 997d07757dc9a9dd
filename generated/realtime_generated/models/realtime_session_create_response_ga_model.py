from enum import StrEnum


class RealtimeSessionCreateResponseGAModel(StrEnum):
    GPT_4O_MINI_REALTIME_PREVIEW = "gpt-4o-mini-realtime-preview"
    GPT_4O_MINI_REALTIME_PREVIEW_2024_12_17 = "gpt-4o-mini-realtime-preview-2024-12-17"
    GPT_4O_REALTIME_PREVIEW = "gpt-4o-realtime-preview"
    GPT_4O_REALTIME_PREVIEW_2024_10_01 = "gpt-4o-realtime-preview-2024-10-01"
    GPT_4O_REALTIME_PREVIEW_2024_12_17 = "gpt-4o-realtime-preview-2024-12-17"
    GPT_4O_REALTIME_PREVIEW_2025_06_03 = "gpt-4o-realtime-preview-2025-06-03"
    GPT_AUDIO_1_5 = "gpt-audio-1.5"
    GPT_AUDIO_MINI = "gpt-audio-mini"
    GPT_AUDIO_MINI_2025_10_06 = "gpt-audio-mini-2025-10-06"
    GPT_AUDIO_MINI_2025_12_15 = "gpt-audio-mini-2025-12-15"
    GPT_REALTIME = "gpt-realtime"
    GPT_REALTIME_1_5 = "gpt-realtime-1.5"
    GPT_REALTIME_2 = "gpt-realtime-2"
    GPT_REALTIME_2025_08_28 = "gpt-realtime-2025-08-28"
    GPT_REALTIME_2_1 = "gpt-realtime-2.1"
    GPT_REALTIME_2_1_MINI = "gpt-realtime-2.1-mini"
    GPT_REALTIME_MINI = "gpt-realtime-mini"
    GPT_REALTIME_MINI_2025_10_06 = "gpt-realtime-mini-2025-10-06"
    GPT_REALTIME_MINI_2025_12_15 = "gpt-realtime-mini-2025-12-15"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RealtimeSessionCreateResponseGAModel | None":
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
