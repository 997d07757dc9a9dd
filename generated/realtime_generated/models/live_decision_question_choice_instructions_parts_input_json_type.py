from enum import StrEnum


class LiveDecisionQuestionChoiceInstructionsPartsInputJSONType(StrEnum):
    INPUT_JSON = "input_json"

    def __str__(self) -> str:
        return str(self.value)
