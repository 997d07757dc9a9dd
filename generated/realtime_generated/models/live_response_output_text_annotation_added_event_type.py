from enum import StrEnum


class LiveResponseOutputTextAnnotationAddedEventType(StrEnum):
    RESPONSE_OUTPUT_TEXT_ANNOTATION_ADDED = "response.output_text.annotation.added"

    def __str__(self) -> str:
        return str(self.value)
