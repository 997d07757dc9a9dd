from enum import StrEnum


class LiveContentPartInputJSONType(StrEnum):
    INPUT_JSON = "input_json"

    def __str__(self) -> str:
        return str(self.value)
