from enum import StrEnum


class RealtimeServerEventConversationItemInputAudioTranscriptionCompletedType(StrEnum):
    CONVERSATION_ITEM_INPUT_AUDIO_TRANSCRIPTION_COMPLETED = "conversation.item.input_audio_transcription.completed"

    def __str__(self) -> str:
        return str(self.value)
