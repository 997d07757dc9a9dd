from enum import StrEnum


class LiveOutputAudioFixturePlayEventType(StrEnum):
    SESSION_OUTPUT_AUDIO_FIXTURE_PLAY = "session.output_audio.fixture.play"

    def __str__(self) -> str:
        return str(self.value)
