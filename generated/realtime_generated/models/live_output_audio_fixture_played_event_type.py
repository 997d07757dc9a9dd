from enum import StrEnum


class LiveOutputAudioFixturePlayedEventType(StrEnum):
    SESSION_OUTPUT_AUDIO_FIXTURE_PLAYED = "session.output_audio.fixture.played"

    def __str__(self) -> str:
        return str(self.value)
