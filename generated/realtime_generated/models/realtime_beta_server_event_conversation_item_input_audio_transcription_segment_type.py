from enum import StrEnum


class RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegmentType(StrEnum):
    CONVERSATION_ITEM_INPUT_AUDIO_TRANSCRIPTION_SEGMENT = "conversation.item.input_audio_transcription.segment"

    def __str__(self) -> str:
        return str(self.value)
