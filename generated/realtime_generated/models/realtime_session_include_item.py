from enum import StrEnum


class RealtimeSessionIncludeItem(StrEnum):
    ITEM_INPUT_AUDIO_TRANSCRIPTION_LOGPROBS = "item.input_audio_transcription.logprobs"

    def __str__(self) -> str:
        return str(self.value)
