from enum import StrEnum


class LiveOutputAudioFixturePlayingEventType(StrEnum):
    SESSION_OUTPUT_AUDIO_FIXTURE_PLAYING = "session.output_audio.fixture.playing"

    def __str__(self) -> str:
        return str(self.value)
