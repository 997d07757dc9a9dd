from enum import StrEnum


class LiveResponseErrorCode(StrEnum):
    BIO_POLICY = "bio_policy"
    DATA_RESIDENCY_MISMATCH = "data_residency_mismatch"
    EMPTY_IMAGE_FILE = "empty_image_file"
    FAILED_TO_DOWNLOAD_IMAGE = "failed_to_download_image"
    IMAGE_CONTENT_POLICY_VIOLATION = "image_content_policy_violation"
    IMAGE_FILE_NOT_FOUND = "image_file_not_found"
    IMAGE_FILE_TOO_LARGE = "image_file_too_large"
    IMAGE_PARSE_ERROR = "image_parse_error"
    IMAGE_TOO_LARGE = "image_too_large"
    IMAGE_TOO_SMALL = "image_too_small"
    INVALID_BASE64_IMAGE = "invalid_base64_image"
    INVALID_IMAGE = "invalid_image"
    INVALID_IMAGE_FORMAT = "invalid_image_format"
    INVALID_IMAGE_MODE = "invalid_image_mode"
    INVALID_IMAGE_URL = "invalid_image_url"
    INVALID_PROMPT = "invalid_prompt"
    MISALIGNMENT_POLICY_VIOLATION = "misalignment_policy_violation"
    RATE_LIMIT_EXCEEDED = "rate_limit_exceeded"
    SERVER_ERROR = "server_error"
    UNSUPPORTED_IMAGE_MEDIA_TYPE = "unsupported_image_media_type"
    VECTOR_STORE_TIMEOUT = "vector_store_timeout"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "LiveResponseErrorCode | None":
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
