from enum import StrEnum


class AudioTranscriptionResponseModel(StrEnum):
    GPT_4O_MINI_TRANSCRIBE = "gpt-4o-mini-transcribe"
    GPT_4O_MINI_TRANSCRIBE_2025_12_15 = "gpt-4o-mini-transcribe-2025-12-15"
    GPT_4O_TRANSCRIBE = "gpt-4o-transcribe"
    GPT_4O_TRANSCRIBE_DIARIZE = "gpt-4o-transcribe-diarize"
    GPT_LIVE_TRANSCRIBE = "gpt-live-transcribe"
    GPT_REALTIME_WHISPER = "gpt-realtime-whisper"
    GPT_TRANSCRIBE = "gpt-transcribe"
    WHISPER_1 = "whisper-1"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AudioTranscriptionResponseModel | None":
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
