from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_beta_response_max_output_tokens import RealtimeBetaResponseMaxOutputTokens
from ..models.realtime_beta_response_modalities_item import RealtimeBetaResponseModalitiesItem
from ..models.realtime_beta_response_object import RealtimeBetaResponseObject
from ..models.realtime_beta_response_output_audio_format import RealtimeBetaResponseOutputAudioFormat
from ..models.realtime_beta_response_status import RealtimeBetaResponseStatus
from ..models.voice_ids_shared_enum import VoiceIdsSharedEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_object import MetadataObject
    from ..models.realtime_beta_response_status_details import RealtimeBetaResponseStatusDetails
    from ..models.realtime_beta_response_usage import RealtimeBetaResponseUsage
    from ..models.realtime_conversation_item_function_call import RealtimeConversationItemFunctionCall
    from ..models.realtime_conversation_item_function_call_output import RealtimeConversationItemFunctionCallOutput
    from ..models.realtime_conversation_item_message_assistant import RealtimeConversationItemMessageAssistant
    from ..models.realtime_conversation_item_message_system import RealtimeConversationItemMessageSystem
    from ..models.realtime_conversation_item_message_user import RealtimeConversationItemMessageUser
    from ..models.realtime_mcp_approval_request import RealtimeMCPApprovalRequest
    from ..models.realtime_mcp_approval_response import RealtimeMCPApprovalResponse
    from ..models.realtime_mcp_list_tools import RealtimeMCPListTools
    from ..models.realtime_mcp_tool_call import RealtimeMCPToolCall
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.metadata_object import MetadataObject  # noqa: PLC0415
    from ..models.realtime_beta_response_status_details import RealtimeBetaResponseStatusDetails  # noqa: PLC0415
    from ..models.realtime_beta_response_usage import RealtimeBetaResponseUsage  # noqa: PLC0415
    from ..models.realtime_conversation_item_function_call import RealtimeConversationItemFunctionCall  # noqa: PLC0415
    from ..models.realtime_conversation_item_function_call_output import RealtimeConversationItemFunctionCallOutput  # noqa: PLC0415
    from ..models.realtime_conversation_item_message_assistant import RealtimeConversationItemMessageAssistant  # noqa: PLC0415
    from ..models.realtime_conversation_item_message_system import RealtimeConversationItemMessageSystem  # noqa: PLC0415
    from ..models.realtime_conversation_item_message_user import RealtimeConversationItemMessageUser  # noqa: PLC0415
    from ..models.realtime_mcp_approval_request import RealtimeMCPApprovalRequest  # noqa: PLC0415
    from ..models.realtime_mcp_approval_response import RealtimeMCPApprovalResponse  # noqa: PLC0415
    from ..models.realtime_mcp_list_tools import RealtimeMCPListTools  # noqa: PLC0415
    from ..models.realtime_mcp_tool_call import RealtimeMCPToolCall  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "MetadataObject": MetadataObject,
            "RealtimeBetaResponseStatusDetails": RealtimeBetaResponseStatusDetails,
            "RealtimeBetaResponseUsage": RealtimeBetaResponseUsage,
            "RealtimeConversationItemFunctionCall": RealtimeConversationItemFunctionCall,
            "RealtimeConversationItemFunctionCallOutput": RealtimeConversationItemFunctionCallOutput,
            "RealtimeConversationItemMessageAssistant": RealtimeConversationItemMessageAssistant,
            "RealtimeConversationItemMessageSystem": RealtimeConversationItemMessageSystem,
            "RealtimeConversationItemMessageUser": RealtimeConversationItemMessageUser,
            "RealtimeMCPApprovalRequest": RealtimeMCPApprovalRequest,
            "RealtimeMCPApprovalResponse": RealtimeMCPApprovalResponse,
            "RealtimeMCPListTools": RealtimeMCPListTools,
            "RealtimeMCPToolCall": RealtimeMCPToolCall,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeBetaResponse")


@_attrs_define
class RealtimeBetaResponse:
    """The response resource.

    Attributes:
        id (None | str | Unset): The unique ID of the response.
        object_ (None | RealtimeBetaResponseObject | Unset): The object type, must be `realtime.response`.
        status (None | RealtimeBetaResponseStatus | Unset): The final status of the response (`completed`, `cancelled`,
            `failed`, or
            `incomplete`, `in_progress`).
        status_details (None | RealtimeBetaResponseStatusDetails | Unset): Additional details about the status.
        output (list[RealtimeConversationItemFunctionCall | RealtimeConversationItemFunctionCallOutput |
            RealtimeConversationItemMessageAssistant | RealtimeConversationItemMessageSystem |
            RealtimeConversationItemMessageUser | RealtimeMCPApprovalRequest | RealtimeMCPApprovalResponse |
            RealtimeMCPListTools | RealtimeMCPToolCall | RealtimeUnknownVariant] | None | Unset): The list of output items
            generated by the response.
        metadata (MetadataObject | None | Unset):
        usage (None | RealtimeBetaResponseUsage | Unset): Usage statistics for the Response, this will correspond to
            billing. A
            Realtime API session will maintain a conversation context and append new
            Items to the Conversation, thus output from previous turns (text and
            audio tokens) will become the input for later turns.
        conversation_id (None | str | Unset): Which conversation the response is added to, determined by the
            `conversation`
            field in the `response.create` event. If `auto`, the response will be added to
            the default conversation and the value of `conversation_id` will be an id like
            `conv_1234`. If `none`, the response will not be added to any conversation and
            the value of `conversation_id` will be `null`. If responses are being triggered
            by server VAD, the response will be added to the default conversation, thus
            the `conversation_id` will be an id like `conv_1234`.
        voice (None | str | Unset | VoiceIdsSharedEnum): The voice the model used to respond.
            Current voice options are `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`,
            `shimmer`, and `verse`.
        modalities (list[RealtimeBetaResponseModalitiesItem] | None | Unset): The set of modalities the model used to
            respond. If there are multiple modalities,
            the model will pick one, for example if `modalities` is `["text", "audio"]`, the model
            could be responding in either text or audio.
        output_audio_format (None | RealtimeBetaResponseOutputAudioFormat | Unset): The format of output audio. Options
            are `pcm16`, `g711_ulaw`, or `g711_alaw`.
        temperature (float | None | Unset): Sampling temperature for the model, limited to [0.6, 1.2]. Defaults to 0.8.
        max_output_tokens (int | None | RealtimeBetaResponseMaxOutputTokens | Unset): Maximum number of output tokens
            for a single assistant response,
            inclusive of tool calls, that was used in this response.
    """

    id: None | str | Unset = UNSET
    object_: None | RealtimeBetaResponseObject | Unset = UNSET
    status: None | RealtimeBetaResponseStatus | Unset = UNSET
    status_details: None | RealtimeBetaResponseStatusDetails | Unset = UNSET
    output: (
        list[
            RealtimeConversationItemFunctionCall
            | RealtimeConversationItemFunctionCallOutput
            | RealtimeConversationItemMessageAssistant
            | RealtimeConversationItemMessageSystem
            | RealtimeConversationItemMessageUser
            | RealtimeMCPApprovalRequest
            | RealtimeMCPApprovalResponse
            | RealtimeMCPListTools
            | RealtimeMCPToolCall
            | RealtimeUnknownVariant
        ]
        | None
        | Unset
    ) = UNSET
    metadata: MetadataObject | None | Unset = UNSET
    usage: None | RealtimeBetaResponseUsage | Unset = UNSET
    conversation_id: None | str | Unset = UNSET
    voice: None | str | Unset | VoiceIdsSharedEnum = UNSET
    modalities: list[RealtimeBetaResponseModalitiesItem] | None | Unset = UNSET
    output_audio_format: None | RealtimeBetaResponseOutputAudioFormat | Unset = UNSET
    temperature: float | None | Unset = UNSET
    max_output_tokens: int | None | RealtimeBetaResponseMaxOutputTokens | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        elif isinstance(self.object_, RealtimeBetaResponseObject):
            object_ = str(self.object_)
        else:
            object_ = self.object_

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, RealtimeBetaResponseStatus):
            status = str(self.status)
        else:
            status = self.status

        status_details: dict[str, Any] | None | Unset
        if isinstance(self.status_details, Unset):
            status_details = UNSET
        elif isinstance(self.status_details, RealtimeBetaResponseStatusDetails):
            status_details = self.status_details.to_dict()
        else:
            status_details = self.status_details

        output: list[dict[str, Any]] | None | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, list):
            output = []
            for output_type_0_item_data in self.output:
                output_type_0_item: dict[str, Any]
                if isinstance(output_type_0_item_data, RealtimeConversationItemMessageSystem):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, RealtimeConversationItemMessageUser):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, RealtimeConversationItemMessageAssistant):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, RealtimeConversationItemFunctionCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, RealtimeConversationItemFunctionCallOutput):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, RealtimeMCPApprovalResponse):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, RealtimeMCPListTools):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, RealtimeMCPToolCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, RealtimeMCPApprovalRequest):
                    output_type_0_item = output_type_0_item_data.to_dict()
                else:
                    output_type_0_item = output_type_0_item_data.to_dict()

                output.append(output_type_0_item)

        else:
            output = self.output

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataObject):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, RealtimeBetaResponseUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        conversation_id: None | str | Unset
        if isinstance(self.conversation_id, Unset):
            conversation_id = UNSET
        else:
            conversation_id = self.conversation_id

        voice: None | str | Unset
        if isinstance(self.voice, Unset):
            voice = UNSET
        elif isinstance(self.voice, VoiceIdsSharedEnum):
            voice = str(self.voice)
        else:
            voice = self.voice

        modalities: list[str] | None | Unset
        if isinstance(self.modalities, Unset):
            modalities = UNSET
        elif isinstance(self.modalities, list):
            modalities = []
            for modalities_type_0_item_data in self.modalities:
                modalities_type_0_item = str(modalities_type_0_item_data)
                modalities.append(modalities_type_0_item)

        else:
            modalities = self.modalities

        output_audio_format: None | str | Unset
        if isinstance(self.output_audio_format, Unset):
            output_audio_format = UNSET
        elif isinstance(self.output_audio_format, RealtimeBetaResponseOutputAudioFormat):
            output_audio_format = str(self.output_audio_format)
        else:
            output_audio_format = self.output_audio_format

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        max_output_tokens: int | None | str | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        elif isinstance(self.max_output_tokens, RealtimeBetaResponseMaxOutputTokens):
            max_output_tokens = str(self.max_output_tokens)
        else:
            max_output_tokens = self.max_output_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if status is not UNSET:
            field_dict["status"] = status
        if status_details is not UNSET:
            field_dict["status_details"] = status_details
        if output is not UNSET:
            field_dict["output"] = output
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if usage is not UNSET:
            field_dict["usage"] = usage
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if voice is not UNSET:
            field_dict["voice"] = voice
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if output_audio_format is not UNSET:
            field_dict["output_audio_format"] = output_audio_format
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        id = _parse_id(d.pop("id", UNSET))

        object_ = _parse_object_(d.pop("object", UNSET))

        status = _parse_status(d.pop("status", UNSET))

        status_details = _parse_status_details(d.pop("status_details", UNSET))

        output = _parse_output(d.pop("output", UNSET))

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        usage = _parse_usage(d.pop("usage", UNSET))

        conversation_id = _parse_conversation_id(d.pop("conversation_id", UNSET))

        voice = _parse_voice(d.pop("voice", UNSET))

        modalities = _parse_modalities(d.pop("modalities", UNSET))

        output_audio_format = _parse_output_audio_format(d.pop("output_audio_format", UNSET))

        temperature = _parse_temperature(d.pop("temperature", UNSET))

        max_output_tokens = _parse_max_output_tokens(d.pop("max_output_tokens", UNSET))

        realtime_beta_response = cls(
            id=id,
            object_=object_,
            status=status,
            status_details=status_details,
            output=output,
            metadata=metadata,
            usage=usage,
            conversation_id=conversation_id,
            voice=voice,
            modalities=modalities,
            output_audio_format=output_audio_format,
            temperature=temperature,
            max_output_tokens=max_output_tokens,
        )

        realtime_beta_response.additional_properties = d
        return realtime_beta_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _parse_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_object_(data: object) -> None | RealtimeBetaResponseObject | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        object_type_0 = RealtimeBetaResponseObject(data)

        return object_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeBetaResponseObject | Unset, data)


def _parse_status(data: object) -> None | RealtimeBetaResponseStatus | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_0 = RealtimeBetaResponseStatus(data)

        return status_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeBetaResponseStatus | Unset, data)


def _parse_status_details(data: object) -> None | RealtimeBetaResponseStatusDetails | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        status_details_type_0 = RealtimeBetaResponseStatusDetails.from_dict(data)

        return status_details_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeBetaResponseStatusDetails | Unset, data)


def _parse_output(
    data: object,
) -> (
    list[
        RealtimeConversationItemFunctionCall
        | RealtimeConversationItemFunctionCallOutput
        | RealtimeConversationItemMessageAssistant
        | RealtimeConversationItemMessageSystem
        | RealtimeConversationItemMessageUser
        | RealtimeMCPApprovalRequest
        | RealtimeMCPApprovalResponse
        | RealtimeMCPListTools
        | RealtimeMCPToolCall
        | RealtimeUnknownVariant
    ]
    | None
    | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        output_type_0 = []
        _output_type_0 = data
        for output_type_0_item_data in _output_type_0:
            output_type_0_item = _parse_output_type_0_item(output_type_0_item_data)

            output_type_0.append(output_type_0_item)

        return output_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        list[
            RealtimeConversationItemFunctionCall
            | RealtimeConversationItemFunctionCallOutput
            | RealtimeConversationItemMessageAssistant
            | RealtimeConversationItemMessageSystem
            | RealtimeConversationItemMessageUser
            | RealtimeMCPApprovalRequest
            | RealtimeMCPApprovalResponse
            | RealtimeMCPListTools
            | RealtimeMCPToolCall
            | RealtimeUnknownVariant
        ]
        | None
        | Unset,
        data,
    )


def _parse_output_type_0_item(
    data: object,
) -> (
    RealtimeConversationItemFunctionCall
    | RealtimeConversationItemFunctionCallOutput
    | RealtimeConversationItemMessageAssistant
    | RealtimeConversationItemMessageSystem
    | RealtimeConversationItemMessageUser
    | RealtimeMCPApprovalRequest
    | RealtimeMCPApprovalResponse
    | RealtimeMCPListTools
    | RealtimeMCPToolCall
    | RealtimeUnknownVariant
):
    if isinstance(data, dict) and data.get("type") == "message" and data.get("role") == "system":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_realtime_conversation_item_type_0 = RealtimeConversationItemMessageSystem.from_dict(data)

        return componentsschemas_realtime_conversation_item_type_0
    if isinstance(data, dict) and data.get("type") == "message" and data.get("role") == "user":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_realtime_conversation_item_type_1 = RealtimeConversationItemMessageUser.from_dict(data)

        return componentsschemas_realtime_conversation_item_type_1
    if isinstance(data, dict) and data.get("type") == "message" and data.get("role") == "assistant":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_realtime_conversation_item_type_2 = RealtimeConversationItemMessageAssistant.from_dict(data)

        return componentsschemas_realtime_conversation_item_type_2
    if isinstance(data, dict) and data.get("type") == "function_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_realtime_conversation_item_type_3 = RealtimeConversationItemFunctionCall.from_dict(data)

        return componentsschemas_realtime_conversation_item_type_3
    if isinstance(data, dict) and data.get("type") == "function_call_output":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_realtime_conversation_item_type_4 = RealtimeConversationItemFunctionCallOutput.from_dict(data)

        return componentsschemas_realtime_conversation_item_type_4
    if isinstance(data, dict) and data.get("type") == "mcp_approval_response":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_realtime_conversation_item_type_5 = RealtimeMCPApprovalResponse.from_dict(data)

        return componentsschemas_realtime_conversation_item_type_5
    if isinstance(data, dict) and data.get("type") == "mcp_list_tools":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_realtime_conversation_item_type_6 = RealtimeMCPListTools.from_dict(data)

        return componentsschemas_realtime_conversation_item_type_6
    if isinstance(data, dict) and data.get("type") == "mcp_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_realtime_conversation_item_type_7 = RealtimeMCPToolCall.from_dict(data)

        return componentsschemas_realtime_conversation_item_type_7
    if isinstance(data, dict) and data.get("type") == "mcp_approval_request":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_realtime_conversation_item_type_8 = RealtimeMCPApprovalRequest.from_dict(data)

        return componentsschemas_realtime_conversation_item_type_8
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_realtime_conversation_item_type_9 = RealtimeUnknownVariant.from_dict(data)

    return componentsschemas_realtime_conversation_item_type_9


def _parse_metadata(data: object) -> MetadataObject | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_metadata_type_0 = MetadataObject.from_dict(data)

        return componentsschemas_metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(MetadataObject | None | Unset, data)


def _parse_usage(data: object) -> None | RealtimeBetaResponseUsage | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        usage_type_0 = RealtimeBetaResponseUsage.from_dict(data)

        return usage_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeBetaResponseUsage | Unset, data)


def _parse_conversation_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_voice(data: object) -> None | str | Unset | VoiceIdsSharedEnum:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_voice_ids_shared_type_1 = VoiceIdsSharedEnum(data)

        return componentsschemas_voice_ids_shared_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | str | Unset | VoiceIdsSharedEnum, data)


def _parse_modalities(data: object) -> list[RealtimeBetaResponseModalitiesItem] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        modalities_type_0 = []
        _modalities_type_0 = data
        for modalities_type_0_item_data in _modalities_type_0:
            modalities_type_0_item = RealtimeBetaResponseModalitiesItem(modalities_type_0_item_data)

            modalities_type_0.append(modalities_type_0_item)

        return modalities_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[RealtimeBetaResponseModalitiesItem] | None | Unset, data)


def _parse_output_audio_format(data: object) -> None | RealtimeBetaResponseOutputAudioFormat | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        output_audio_format_type_0 = RealtimeBetaResponseOutputAudioFormat(data)

        return output_audio_format_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeBetaResponseOutputAudioFormat | Unset, data)


def _parse_temperature(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(float | None | Unset, data)


def _parse_max_output_tokens(data: object) -> int | None | RealtimeBetaResponseMaxOutputTokens | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        max_output_tokens_type_1 = RealtimeBetaResponseMaxOutputTokens(data)

        return max_output_tokens_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(int | None | RealtimeBetaResponseMaxOutputTokens | Unset, data)
