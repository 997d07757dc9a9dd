from enum import StrEnum


class LiveSessionConfigAudioOutputVoice(StrEnum):
    ALLOY = "alloy"
    ASH = "ash"
    BALLAD = "ballad"
    BEACON = "beacon"
    BOSSA = "bossa"
    CEDAR = "cedar"
    CINDER = "cinder"
    CORAL = "coral"
    DELTA = "delta"
    ECHO = "echo"
    GLEAM = "gleam"
    MARIN = "marin"
    MERIDIAN = "meridian"
    QUARTZ = "quartz"
    RIPPLE = "ripple"
    SAGE = "sage"
    SHIDA = "shida"
    SHIMMER = "shimmer"
    STONE = "stone"
    TEMPO = "tempo"
    VERSE = "verse"
    VESPER = "vesper"
    WILLOW = "willow"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "LiveSessionConfigAudioOutputVoice | None":
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
