from enum import StrEnum


class RealtimeServerEventConversationItemInputAudioTranscriptionDeltaType(StrEnum):
    CONVERSATION_ITEM_INPUT_AUDIO_TRANSCRIPTION_DELTA = "conversation.item.input_audio_transcription.delta"

    def __str__(self) -> str:
        return str(self.value)
