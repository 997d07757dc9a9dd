from enum import StrEnum


class RealtimeServerEventConversationItemInputAudioTranscriptionFailedType(StrEnum):
    CONVERSATION_ITEM_INPUT_AUDIO_TRANSCRIPTION_FAILED = "conversation.item.input_audio_transcription.failed"

    def __str__(self) -> str:
        return str(self.value)
