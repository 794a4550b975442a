"""GENERATED from schemas/post.schema.json by `python -m smmlint.generate`: do not edit."""
# fmt: off
# ruff: noqa
VERSION = "2.22.3"
import re


class JsonSchemaValueException(ValueError):
    """Raised by the generated code on the first violation."""

    def __init__(self, message, value=None, name=None, definition=None, rule=None):
        super().__init__(message)
        self.message, self.value, self.name, self.definition, self.rule = message, value, name, definition, rule


JsonSchemaValuesException = JsonSchemaValueException


class _Patterns(dict):
    """Pattern sources, compiled on first use (`re` caches them): importing stays cheap."""

    def __getitem__(self, key):
        return re.compile(dict.__getitem__(self, key))


REGEX_PATTERNS = _Patterns({
    '^[^\\s]+$': '^[^\\s]+\\Z',
    '^\\d{4}-\\d{2}-\\d{2}([T ]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?\\s*(Z|[+-]\\d{2}(:?\\d{2})?)?$': '^\\d{4}-\\d{2}-\\d{2}([T ]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?\\s*(Z|[+-]\\d{2}(:?\\d{2})?)?\\Z',
    '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$': '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*\\Z',
    '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*\\Z',
    '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$': '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})\\Z',
    '^(\\d+:)?\\d{1,2}:\\d{2}$|^\\d+(\\.\\d+)?$': '^(\\d+:)?\\d{1,2}:\\d{2}\\Z|^\\d+(\\.\\d+)?\\Z',
    '^\\s*(\\d+:)?\\d{1,2}:\\d{2}\\s+\\S': '^\\s*(\\d+:)?\\d{1,2}:\\d{2}\\s+\\S',
    '^(\\d+:)?\\d{1,2}:\\d{2}$': '^(\\d+:)?\\d{1,2}:\\d{2}\\Z'
})

NoneType = type(None)

def validate_https___smmlint_invalid_schemas_post_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://smmlint.invalid/schemas/post.schema.json', 'title': 'smmlint post front matter', 'description': 'The YAML front matter of one post (see spec/post-format.md). Field names and meanings are fixed.', 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\s]+$', 'description': 'stable id; the calendar UID derives from it (default: path without .md)'}, 'title': {'type': 'string', 'minLength': 1}, 'channel': {'type': 'string', 'minLength': 1, 'description': 'one channel per file: instagram, facebook, linkedin, x, threads, mastodon, bluesky, tiktok, youtube, whatsapp, newsletter, or one the config declares'}, 'format': {'type': 'string', 'minLength': 1, 'description': 'decides the cognitive load unless `load` is set'}, 'load': {'enum': ['low', 'medium', 'high']}, 'publish_at': {'type': 'string', 'pattern': '^\\d{4}-\\d{2}-\\d{2}([T ]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?\\s*(Z|[+-]\\d{2}(:?\\d{2})?)?$', 'description': "ISO 8601; without offset it is in the config's timezone"}, 'status': {'enum': ['draft', 'review', 'approved', 'scheduled', 'published', 'cancelled']}, 'language': {'type': 'string', 'pattern': '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$', 'description': 'BCP 47 primary tag'}, 'campaign': {'type': 'string', 'minLength': 1}, 'next_step': {'type': 'object', 'properties': {'type': {'enum': ['poll', 'quiz', 'thread', 'comment', 'form', 'event', 'faq', 'guide', 'dm', 'ama', 'link']}, 'prompt': {'type': 'string', 'minLength': 1}, 'url': {'type': 'string', 'minLength': 1}}, 'required': ['type', 'prompt'], 'additionalProperties': False}, 'sla': {'type': 'object', 'properties': {'owner': {'type': 'string', 'minLength': 1}, 'response': {'type': 'string', 'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$', 'description': 'e.g. 2h, 90m, 1h30m, 45 min, 1 d, PT2H'}}, 'additionalProperties': False}, 'ad': {'type': 'object', 'properties': {'kind': {'enum': ['paid', 'affiliate', 'gifted', 'partnership']}, 'partner': {'type': 'string', 'minLength': 1}}, 'required': ['kind'], 'additionalProperties': False}, 'terms_url': {'type': 'string', 'minLength': 1}, 'media': {'type': 'array', 'items': {'type': 'object', 'properties': {'type': {'enum': ['image', 'gif', 'video', 'audio']}, 'file': {'type': 'string', 'minLength': 1}, 'alt': {'type': 'string'}, 'text_color': {'type': 'string', 'pattern': '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$', 'description': '#RGB or #RRGGBB'}, 'background_color': {'type': 'string', 'pattern': '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$', 'description': '#RGB or #RRGGBB'}, 'large_text': {'type': 'boolean'}, 'duration': {'anyOf': [{'type': 'number', 'minimum': 0}, {'type': 'string', 'pattern': '^(\\d+:)?\\d{1,2}:\\d{2}$|^\\d+(\\.\\d+)?$'}], 'description': 'seconds, or "m:ss" / "h:mm:ss"'}, 'captions': {'type': 'string', 'minLength': 1}, 'burned_in_captions': {'type': 'boolean'}, 'chapters': {'anyOf': [{'type': 'boolean'}, {'type': 'array', 'items': {'anyOf': [{'type': 'string', 'pattern': '^\\s*(\\d+:)?\\d{1,2}:\\d{2}\\s+\\S'}, {'type': 'object', 'properties': {'at': {'type': 'string', 'pattern': '^(\\d+:)?\\d{1,2}:\\d{2}$'}, 'title': {'type': 'string', 'minLength': 1}}, 'required': ['at', 'title'], 'additionalProperties': False}], 'description': '"0:00 Intro" or {at: "0:00", title: Intro}'}}]}}, 'required': ['type', 'file'], 'additionalProperties': False}}, 'topics': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'smmlint': {'type': 'object', 'properties': {'disable': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'reason': {'type': 'string'}}, 'additionalProperties': False, 'description': 'suppressions: {disable: [CODE or name, ...], reason: why}'}}, 'required': ['title', 'channel', 'format'], 'if': {'not': {'properties': {'status': {'const': 'draft'}}, 'required': ['status']}}, 'then': {'required': ['publish_at']}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['title', 'channel', 'format']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://smmlint.invalid/schemas/post.schema.json', 'title': 'smmlint post front matter', 'description': 'The YAML front matter of one post (see spec/post-format.md). Field names and meanings are fixed.', 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\s]+$', 'description': 'stable id; the calendar UID derives from it (default: path without .md)'}, 'title': {'type': 'string', 'minLength': 1}, 'channel': {'type': 'string', 'minLength': 1, 'description': 'one channel per file: instagram, facebook, linkedin, x, threads, mastodon, bluesky, tiktok, youtube, whatsapp, newsletter, or one the config declares'}, 'format': {'type': 'string', 'minLength': 1, 'description': 'decides the cognitive load unless `load` is set'}, 'load': {'enum': ['low', 'medium', 'high']}, 'publish_at': {'type': 'string', 'pattern': '^\\d{4}-\\d{2}-\\d{2}([T ]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?\\s*(Z|[+-]\\d{2}(:?\\d{2})?)?$', 'description': "ISO 8601; without offset it is in the config's timezone"}, 'status': {'enum': ['draft', 'review', 'approved', 'scheduled', 'published', 'cancelled']}, 'language': {'type': 'string', 'pattern': '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$', 'description': 'BCP 47 primary tag'}, 'campaign': {'type': 'string', 'minLength': 1}, 'next_step': {'type': 'object', 'properties': {'type': {'enum': ['poll', 'quiz', 'thread', 'comment', 'form', 'event', 'faq', 'guide', 'dm', 'ama', 'link']}, 'prompt': {'type': 'string', 'minLength': 1}, 'url': {'type': 'string', 'minLength': 1}}, 'required': ['type', 'prompt'], 'additionalProperties': False}, 'sla': {'type': 'object', 'properties': {'owner': {'type': 'string', 'minLength': 1}, 'response': {'type': 'string', 'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$', 'description': 'e.g. 2h, 90m, 1h30m, 45 min, 1 d, PT2H'}}, 'additionalProperties': False}, 'ad': {'type': 'object', 'properties': {'kind': {'enum': ['paid', 'affiliate', 'gifted', 'partnership']}, 'partner': {'type': 'string', 'minLength': 1}}, 'required': ['kind'], 'additionalProperties': False}, 'terms_url': {'type': 'string', 'minLength': 1}, 'media': {'type': 'array', 'items': {'type': 'object', 'properties': {'type': {'enum': ['image', 'gif', 'video', 'audio']}, 'file': {'type': 'string', 'minLength': 1}, 'alt': {'type': 'string'}, 'text_color': {'type': 'string', 'pattern': '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$', 'description': '#RGB or #RRGGBB'}, 'background_color': {'type': 'string', 'pattern': '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$', 'description': '#RGB or #RRGGBB'}, 'large_text': {'type': 'boolean'}, 'duration': {'anyOf': [{'type': 'number', 'minimum': 0}, {'type': 'string', 'pattern': '^(\\d+:)?\\d{1,2}:\\d{2}$|^\\d+(\\.\\d+)?$'}], 'description': 'seconds, or "m:ss" / "h:mm:ss"'}, 'captions': {'type': 'string', 'minLength': 1}, 'burned_in_captions': {'type': 'boolean'}, 'chapters': {'anyOf': [{'type': 'boolean'}, {'type': 'array', 'items': {'anyOf': [{'type': 'string', 'pattern': '^\\s*(\\d+:)?\\d{1,2}:\\d{2}\\s+\\S'}, {'type': 'object', 'properties': {'at': {'type': 'string', 'pattern': '^(\\d+:)?\\d{1,2}:\\d{2}$'}, 'title': {'type': 'string', 'minLength': 1}}, 'required': ['at', 'title'], 'additionalProperties': False}], 'description': '"0:00 Intro" or {at: "0:00", title: Intro}'}}]}}, 'required': ['type', 'file'], 'additionalProperties': False}}, 'topics': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'smmlint': {'type': 'object', 'properties': {'disable': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'reason': {'type': 'string'}}, 'additionalProperties': False, 'description': 'suppressions: {disable: [CODE or name, ...], reason: why}'}}, 'required': ['title', 'channel', 'format'], 'if': {'not': {'properties': {'status': {'const': 'draft'}}, 'required': ['status']}}, 'then': {'required': ['publish_at']}, 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string", value=data__id, name="" + (name_prefix or "data") + ".id", definition={'type': 'string', 'minLength': 1, 'pattern': '^[^\\s]+$', 'description': 'stable id; the calendar UID derives from it (default: path without .md)'}, rule='type')
            if isinstance(data__id, str):
                data__id_len = len(data__id)
                if data__id_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be longer than or equal to 1 characters", value=data__id, name="" + (name_prefix or "data") + ".id", definition={'type': 'string', 'minLength': 1, 'pattern': '^[^\\s]+$', 'description': 'stable id; the calendar UID derives from it (default: path without .md)'}, rule='minLength')
                if not REGEX_PATTERNS['^[^\\s]+$'].search(data__id):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must match pattern ^[^\\s]+$", value=data__id, name="" + (name_prefix or "data") + ".id", definition={'type': 'string', 'minLength': 1, 'pattern': '^[^\\s]+$', 'description': 'stable id; the calendar UID derives from it (default: path without .md)'}, rule='pattern')
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            if not isinstance(data__title, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__title, str):
                data__title_len = len(data__title)
                if data__title_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be longer than or equal to 1 characters", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "channel" in data_keys:
            data_keys.remove("channel")
            data__channel = data["channel"]
            if not isinstance(data__channel, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".channel must be string", value=data__channel, name="" + (name_prefix or "data") + ".channel", definition={'type': 'string', 'minLength': 1, 'description': 'one channel per file: instagram, facebook, linkedin, x, threads, mastodon, bluesky, tiktok, youtube, whatsapp, newsletter, or one the config declares'}, rule='type')
            if isinstance(data__channel, str):
                data__channel_len = len(data__channel)
                if data__channel_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".channel must be longer than or equal to 1 characters", value=data__channel, name="" + (name_prefix or "data") + ".channel", definition={'type': 'string', 'minLength': 1, 'description': 'one channel per file: instagram, facebook, linkedin, x, threads, mastodon, bluesky, tiktok, youtube, whatsapp, newsletter, or one the config declares'}, rule='minLength')
        if "format" in data_keys:
            data_keys.remove("format")
            data__format = data["format"]
            if not isinstance(data__format, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".format must be string", value=data__format, name="" + (name_prefix or "data") + ".format", definition={'type': 'string', 'minLength': 1, 'description': 'decides the cognitive load unless `load` is set'}, rule='type')
            if isinstance(data__format, str):
                data__format_len = len(data__format)
                if data__format_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".format must be longer than or equal to 1 characters", value=data__format, name="" + (name_prefix or "data") + ".format", definition={'type': 'string', 'minLength': 1, 'description': 'decides the cognitive load unless `load` is set'}, rule='minLength')
        if "load" in data_keys:
            data_keys.remove("load")
            data__load = data["load"]
            if not (isinstance(data__load, str) and data__load == 'low' or isinstance(data__load, str) and data__load == 'medium' or isinstance(data__load, str) and data__load == 'high'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".load must be one of ['low', 'medium', 'high']", value=data__load, name="" + (name_prefix or "data") + ".load", definition={'enum': ['low', 'medium', 'high']}, rule='enum')
        if "publish_at" in data_keys:
            data_keys.remove("publish_at")
            data__publishat = data["publish_at"]
            if not isinstance(data__publishat, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".publish_at must be string", value=data__publishat, name="" + (name_prefix or "data") + ".publish_at", definition={'type': 'string', 'pattern': '^\\d{4}-\\d{2}-\\d{2}([T ]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?\\s*(Z|[+-]\\d{2}(:?\\d{2})?)?$', 'description': "ISO 8601; without offset it is in the config's timezone"}, rule='type')
            if isinstance(data__publishat, str):
                if not REGEX_PATTERNS['^\\d{4}-\\d{2}-\\d{2}([T ]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?\\s*(Z|[+-]\\d{2}(:?\\d{2})?)?$'].search(data__publishat):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".publish_at must match pattern ^\\d{4}-\\d{2}-\\d{2}([T ]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?\\s*(Z|[+-]\\d{2}(:?\\d{2})?)?$", value=data__publishat, name="" + (name_prefix or "data") + ".publish_at", definition={'type': 'string', 'pattern': '^\\d{4}-\\d{2}-\\d{2}([T ]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?\\s*(Z|[+-]\\d{2}(:?\\d{2})?)?$', 'description': "ISO 8601; without offset it is in the config's timezone"}, rule='pattern')
        if "status" in data_keys:
            data_keys.remove("status")
            data__status = data["status"]
            if not (isinstance(data__status, str) and data__status == 'draft' or isinstance(data__status, str) and data__status == 'review' or isinstance(data__status, str) and data__status == 'approved' or isinstance(data__status, str) and data__status == 'scheduled' or isinstance(data__status, str) and data__status == 'published' or isinstance(data__status, str) and data__status == 'cancelled'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".status must be one of ['draft', 'review', 'approved', 'scheduled', 'published', 'cancelled']", value=data__status, name="" + (name_prefix or "data") + ".status", definition={'enum': ['draft', 'review', 'approved', 'scheduled', 'published', 'cancelled']}, rule='enum')
        if "language" in data_keys:
            data_keys.remove("language")
            data__language = data["language"]
            if not isinstance(data__language, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".language must be string", value=data__language, name="" + (name_prefix or "data") + ".language", definition={'type': 'string', 'pattern': '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$', 'description': 'BCP 47 primary tag'}, rule='type')
            if isinstance(data__language, str):
                if not REGEX_PATTERNS['^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$'].search(data__language):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".language must match pattern ^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", value=data__language, name="" + (name_prefix or "data") + ".language", definition={'type': 'string', 'pattern': '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$', 'description': 'BCP 47 primary tag'}, rule='pattern')
        if "campaign" in data_keys:
            data_keys.remove("campaign")
            data__campaign = data["campaign"]
            if not isinstance(data__campaign, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".campaign must be string", value=data__campaign, name="" + (name_prefix or "data") + ".campaign", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__campaign, str):
                data__campaign_len = len(data__campaign)
                if data__campaign_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".campaign must be longer than or equal to 1 characters", value=data__campaign, name="" + (name_prefix or "data") + ".campaign", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "next_step" in data_keys:
            data_keys.remove("next_step")
            data__nextstep = data["next_step"]
            if not isinstance(data__nextstep, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".next_step must be object", value=data__nextstep, name="" + (name_prefix or "data") + ".next_step", definition={'type': 'object', 'properties': {'type': {'enum': ['poll', 'quiz', 'thread', 'comment', 'form', 'event', 'faq', 'guide', 'dm', 'ama', 'link']}, 'prompt': {'type': 'string', 'minLength': 1}, 'url': {'type': 'string', 'minLength': 1}}, 'required': ['type', 'prompt'], 'additionalProperties': False}, rule='type')
            data__nextstep_is_dict = isinstance(data__nextstep, dict)
            if data__nextstep_is_dict:
                data__nextstep__missing_keys = set(['type', 'prompt']) - data__nextstep.keys()
                if data__nextstep__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".next_step must contain " + (str(sorted(data__nextstep__missing_keys)) + " properties"), value=data__nextstep, name="" + (name_prefix or "data") + ".next_step", definition={'type': 'object', 'properties': {'type': {'enum': ['poll', 'quiz', 'thread', 'comment', 'form', 'event', 'faq', 'guide', 'dm', 'ama', 'link']}, 'prompt': {'type': 'string', 'minLength': 1}, 'url': {'type': 'string', 'minLength': 1}}, 'required': ['type', 'prompt'], 'additionalProperties': False}, rule='required')
                data__nextstep_keys = set(data__nextstep.keys())
                if "type" in data__nextstep_keys:
                    data__nextstep_keys.remove("type")
                    data__nextstep__type = data__nextstep["type"]
                    if not (isinstance(data__nextstep__type, str) and data__nextstep__type == 'poll' or isinstance(data__nextstep__type, str) and data__nextstep__type == 'quiz' or isinstance(data__nextstep__type, str) and data__nextstep__type == 'thread' or isinstance(data__nextstep__type, str) and data__nextstep__type == 'comment' or isinstance(data__nextstep__type, str) and data__nextstep__type == 'form' or isinstance(data__nextstep__type, str) and data__nextstep__type == 'event' or isinstance(data__nextstep__type, str) and data__nextstep__type == 'faq' or isinstance(data__nextstep__type, str) and data__nextstep__type == 'guide' or isinstance(data__nextstep__type, str) and data__nextstep__type == 'dm' or isinstance(data__nextstep__type, str) and data__nextstep__type == 'ama' or isinstance(data__nextstep__type, str) and data__nextstep__type == 'link'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".next_step.type must be one of ['poll', 'quiz', 'thread', 'comment', 'form', 'event', 'faq', 'guide', 'dm', 'ama', 'link']", value=data__nextstep__type, name="" + (name_prefix or "data") + ".next_step.type", definition={'enum': ['poll', 'quiz', 'thread', 'comment', 'form', 'event', 'faq', 'guide', 'dm', 'ama', 'link']}, rule='enum')
                if "prompt" in data__nextstep_keys:
                    data__nextstep_keys.remove("prompt")
                    data__nextstep__prompt = data__nextstep["prompt"]
                    if not isinstance(data__nextstep__prompt, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".next_step.prompt must be string", value=data__nextstep__prompt, name="" + (name_prefix or "data") + ".next_step.prompt", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__nextstep__prompt, str):
                        data__nextstep__prompt_len = len(data__nextstep__prompt)
                        if data__nextstep__prompt_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".next_step.prompt must be longer than or equal to 1 characters", value=data__nextstep__prompt, name="" + (name_prefix or "data") + ".next_step.prompt", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                if "url" in data__nextstep_keys:
                    data__nextstep_keys.remove("url")
                    data__nextstep__url = data__nextstep["url"]
                    if not isinstance(data__nextstep__url, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".next_step.url must be string", value=data__nextstep__url, name="" + (name_prefix or "data") + ".next_step.url", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__nextstep__url, str):
                        data__nextstep__url_len = len(data__nextstep__url)
                        if data__nextstep__url_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".next_step.url must be longer than or equal to 1 characters", value=data__nextstep__url, name="" + (name_prefix or "data") + ".next_step.url", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                if data__nextstep_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".next_step must not contain "+str(data__nextstep_keys)+" properties", value=data__nextstep, name="" + (name_prefix or "data") + ".next_step", definition={'type': 'object', 'properties': {'type': {'enum': ['poll', 'quiz', 'thread', 'comment', 'form', 'event', 'faq', 'guide', 'dm', 'ama', 'link']}, 'prompt': {'type': 'string', 'minLength': 1}, 'url': {'type': 'string', 'minLength': 1}}, 'required': ['type', 'prompt'], 'additionalProperties': False}, rule='additionalProperties')
        if "sla" in data_keys:
            data_keys.remove("sla")
            data__sla = data["sla"]
            if not isinstance(data__sla, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sla must be object", value=data__sla, name="" + (name_prefix or "data") + ".sla", definition={'type': 'object', 'properties': {'owner': {'type': 'string', 'minLength': 1}, 'response': {'type': 'string', 'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$', 'description': 'e.g. 2h, 90m, 1h30m, 45 min, 1 d, PT2H'}}, 'additionalProperties': False}, rule='type')
            data__sla_is_dict = isinstance(data__sla, dict)
            if data__sla_is_dict:
                data__sla_keys = set(data__sla.keys())
                if "owner" in data__sla_keys:
                    data__sla_keys.remove("owner")
                    data__sla__owner = data__sla["owner"]
                    if not isinstance(data__sla__owner, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".sla.owner must be string", value=data__sla__owner, name="" + (name_prefix or "data") + ".sla.owner", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__sla__owner, str):
                        data__sla__owner_len = len(data__sla__owner)
                        if data__sla__owner_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".sla.owner must be longer than or equal to 1 characters", value=data__sla__owner, name="" + (name_prefix or "data") + ".sla.owner", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                if "response" in data__sla_keys:
                    data__sla_keys.remove("response")
                    data__sla__response = data__sla["response"]
                    if not isinstance(data__sla__response, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".sla.response must be string", value=data__sla__response, name="" + (name_prefix or "data") + ".sla.response", definition={'type': 'string', 'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$', 'description': 'e.g. 2h, 90m, 1h30m, 45 min, 1 d, PT2H'}, rule='type')
                    if isinstance(data__sla__response, str):
                        if not REGEX_PATTERNS['^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$'].search(data__sla__response):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".sla.response must match pattern ^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$", value=data__sla__response, name="" + (name_prefix or "data") + ".sla.response", definition={'type': 'string', 'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$', 'description': 'e.g. 2h, 90m, 1h30m, 45 min, 1 d, PT2H'}, rule='pattern')
                if data__sla_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".sla must not contain "+str(data__sla_keys)+" properties", value=data__sla, name="" + (name_prefix or "data") + ".sla", definition={'type': 'object', 'properties': {'owner': {'type': 'string', 'minLength': 1}, 'response': {'type': 'string', 'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$', 'description': 'e.g. 2h, 90m, 1h30m, 45 min, 1 d, PT2H'}}, 'additionalProperties': False}, rule='additionalProperties')
        if "ad" in data_keys:
            data_keys.remove("ad")
            data__ad = data["ad"]
            if not isinstance(data__ad, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ad must be object", value=data__ad, name="" + (name_prefix or "data") + ".ad", definition={'type': 'object', 'properties': {'kind': {'enum': ['paid', 'affiliate', 'gifted', 'partnership']}, 'partner': {'type': 'string', 'minLength': 1}}, 'required': ['kind'], 'additionalProperties': False}, rule='type')
            data__ad_is_dict = isinstance(data__ad, dict)
            if data__ad_is_dict:
                data__ad__missing_keys = set(['kind']) - data__ad.keys()
                if data__ad__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ad must contain " + (str(sorted(data__ad__missing_keys)) + " properties"), value=data__ad, name="" + (name_prefix or "data") + ".ad", definition={'type': 'object', 'properties': {'kind': {'enum': ['paid', 'affiliate', 'gifted', 'partnership']}, 'partner': {'type': 'string', 'minLength': 1}}, 'required': ['kind'], 'additionalProperties': False}, rule='required')
                data__ad_keys = set(data__ad.keys())
                if "kind" in data__ad_keys:
                    data__ad_keys.remove("kind")
                    data__ad__kind = data__ad["kind"]
                    if not (isinstance(data__ad__kind, str) and data__ad__kind == 'paid' or isinstance(data__ad__kind, str) and data__ad__kind == 'affiliate' or isinstance(data__ad__kind, str) and data__ad__kind == 'gifted' or isinstance(data__ad__kind, str) and data__ad__kind == 'partnership'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".ad.kind must be one of ['paid', 'affiliate', 'gifted', 'partnership']", value=data__ad__kind, name="" + (name_prefix or "data") + ".ad.kind", definition={'enum': ['paid', 'affiliate', 'gifted', 'partnership']}, rule='enum')
                if "partner" in data__ad_keys:
                    data__ad_keys.remove("partner")
                    data__ad__partner = data__ad["partner"]
                    if not isinstance(data__ad__partner, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".ad.partner must be string", value=data__ad__partner, name="" + (name_prefix or "data") + ".ad.partner", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__ad__partner, str):
                        data__ad__partner_len = len(data__ad__partner)
                        if data__ad__partner_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".ad.partner must be longer than or equal to 1 characters", value=data__ad__partner, name="" + (name_prefix or "data") + ".ad.partner", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                if data__ad_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ad must not contain "+str(data__ad_keys)+" properties", value=data__ad, name="" + (name_prefix or "data") + ".ad", definition={'type': 'object', 'properties': {'kind': {'enum': ['paid', 'affiliate', 'gifted', 'partnership']}, 'partner': {'type': 'string', 'minLength': 1}}, 'required': ['kind'], 'additionalProperties': False}, rule='additionalProperties')
        if "terms_url" in data_keys:
            data_keys.remove("terms_url")
            data__termsurl = data["terms_url"]
            if not isinstance(data__termsurl, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".terms_url must be string", value=data__termsurl, name="" + (name_prefix or "data") + ".terms_url", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__termsurl, str):
                data__termsurl_len = len(data__termsurl)
                if data__termsurl_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".terms_url must be longer than or equal to 1 characters", value=data__termsurl, name="" + (name_prefix or "data") + ".terms_url", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "media" in data_keys:
            data_keys.remove("media")
            data__media = data["media"]
            if not isinstance(data__media, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".media must be array", value=data__media, name="" + (name_prefix or "data") + ".media", definition={'type': 'array', 'items': {'type': 'object', 'properties': {'type': {'enum': ['image', 'gif', 'video', 'audio']}, 'file': {'type': 'string', 'minLength': 1}, 'alt': {'type': 'string'}, 'text_color': {'type': 'string', 'pattern': '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$', 'description': '#RGB or #RRGGBB'}, 'background_color': {'type': 'string', 'pattern': '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$', 'description': '#RGB or #RRGGBB'}, 'large_text': {'type': 'boolean'}, 'duration': {'anyOf': [{'type': 'number', 'minimum': 0}, {'type': 'string', 'pattern': '^(\\d+:)?\\d{1,2}:\\d{2}$|^\\d+(\\.\\d+)?$'}], 'description': 'seconds, or "m:ss" / "h:mm:ss"'}, 'captions': {'type': 'string', 'minLength': 1}, 'burned_in_captions': {'type': 'boolean'}, 'chapters': {'anyOf': [{'type': 'boolean'}, {'type': 'array', 'items': {'anyOf': [{'type': 'string', 'pattern': '^\\s*(\\d+:)?\\d{1,2}:\\d{2}\\s+\\S'}, {'type': 'object', 'properties': {'at': {'type': 'string', 'pattern': '^(\\d+:)?\\d{1,2}:\\d{2}$'}, 'title': {'type': 'string', 'minLength': 1}}, 'required': ['at', 'title'], 'additionalProperties': False}], 'description': '"0:00 Intro" or {at: "0:00", title: Intro}'}}]}}, 'required': ['type', 'file'], 'additionalProperties': False}}, rule='type')
            data__media_is_list = isinstance(data__media, (list, tuple))
            if data__media_is_list:
                data__media_len = len(data__media)
                for data__media_x, data__media_item in enumerate(data__media):
                    if not isinstance(data__media_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".media[{data__media_x}]".format(**locals()) + " must be object", value=data__media_item, name="" + (name_prefix or "data") + ".media[{data__media_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'type': {'enum': ['image', 'gif', 'video', 'audio']}, 'file': {'type': 'string', 'minLength': 1}, 'alt': {'type': 'string'}, 'text_color': {'type': 'string', 'pattern': '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$', 'description': '#RGB or #RRGGBB'}, 'background_color': {'type': 'string', 'pattern': '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$', 'description': '#RGB or #RRGGBB'}, 'large_text': {'type': 'boolean'}, 'duration': {'anyOf': [{'type': 'number', 'minimum': 0}, {'type': 'string', 'pattern': '^(\\d+:)?\\d{1,2}:\\d{2}$|^\\d+(\\.\\d+)?$'}], 'description': 'seconds, or "m:ss" / "h:mm:ss"'}, 'captions': {'type': 'string', 'minLength': 1}, 'burned_in_captions': {'type': 'boolean'}, 'chapters': {'anyOf': [{'type': 'boolean'}, {'type': 'array', 'items': {'anyOf': [{'type': 'string', 'pattern': '^\\s*(\\d+:)?\\d{1,2}:\\d{2}\\s+\\S'}, {'type': 'object', 'properties': {'at': {'type': 'string', 'pattern': '^(\\d+:)?\\d{1,2}:\\d{2}$'}, 'title': {'type': 'string', 'minLength': 1}}, 'required': ['at', 'title'], 'additionalProperties': False}], 'description': '"0:00 Intro" or {at: "0:00", title: Intro}'}}]}}, 'required': ['type', 'file'], 'additionalProperties': False}, rule='type')
                    data__media_item_is_dict = isinstance(data__media_item, dict)
                    if data__media_item_is_dict:
                        data__media_item__missing_keys = set(['type', 'file']) - data__media_item.keys()
                        if data__media_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".media[{data__media_x}]".format(**locals()) + " must contain " + (str(sorted(data__media_item__missing_keys)) + " properties"), value=data__media_item, name="" + (name_prefix or "data") + ".media[{data__media_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'type': {'enum': ['image', 'gif', 'video', 'audio']}, 'file': {'type': 'string', 'minLength': 1}, 'alt': {'type': 'string'}, 'text_color': {'type': 'string', 'pattern': '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$', 'description': '#RGB or #RRGGBB'}, 'background_color': {'type': 'string', 'pattern': '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$', 'description': '#RGB or #RRGGBB'}, 'large_text': {'type': 'boolean'}, 'duration': {'anyOf': [{'type': 'number', 'minimum': 0}, {'type': 'string', 'pattern': '^(\\d+:)?\\d{1,2}:\\d{2}$|^\\d+(\\.\\d+)?$'}], 'description': 'seconds, or "m:ss" / "h:mm:ss"'}, 'captions': {'type': 'string', 'minLength': 1}, 'burned_in_captions': {'type': 'boolean'}, 'chapters': {'anyOf': [{'type': 'boolean'}, {'type': 'array', 'items': {'anyOf': [{'type': 'string', 'pattern': '^\\s*(\\d+:)?\\d{1,2}:\\d{2}\\s+\\S'}, {'type': 'object', 'properties': {'at': {'type': 'string', 'pattern': '^(\\d+:)?\\d{1,2}:\\d{2}$'}, 'title': {'type': 'string', 'minLength': 1}}, 'required': ['at', 'title'], 'additionalProperties': False}], 'description': '"0:00 Intro" or {at: "0:00", title: Intro}'}}]}}, 'required': ['type', 'file'], 'additionalProperties': False}, rule='required')
                        data__media_item_keys = set(data__media_item.keys())
                        if "type" in data__media_item_keys:
                            data__media_item_keys.remove("type")
                            data__media_item__type = data__media_item["type"]
                            if not (isinstance(data__media_item__type, str) and data__media_item__type == 'image' or isinstance(data__media_item__type, str) and data__media_item__type == 'gif' or isinstance(data__media_item__type, str) and data__media_item__type == 'video' or isinstance(data__media_item__type, str) and data__media_item__type == 'audio'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".media[{data__media_x}].type".format(**locals()) + " must be one of ['image', 'gif', 'video', 'audio']", value=data__media_item__type, name="" + (name_prefix or "data") + ".media[{data__media_x}].type".format(**locals()) + "", definition={'enum': ['image', 'gif', 'video', 'audio']}, rule='enum')
                        if "file" in data__media_item_keys:
                            data__media_item_keys.remove("file")
                            data__media_item__file = data__media_item["file"]
                            if not isinstance(data__media_item__file, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".media[{data__media_x}].file".format(**locals()) + " must be string", value=data__media_item__file, name="" + (name_prefix or "data") + ".media[{data__media_x}].file".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                            if isinstance(data__media_item__file, str):
                                data__media_item__file_len = len(data__media_item__file)
                                if data__media_item__file_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".media[{data__media_x}].file".format(**locals()) + " must be longer than or equal to 1 characters", value=data__media_item__file, name="" + (name_prefix or "data") + ".media[{data__media_x}].file".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                        if "alt" in data__media_item_keys:
                            data__media_item_keys.remove("alt")
                            data__media_item__alt = data__media_item["alt"]
                            if not isinstance(data__media_item__alt, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".media[{data__media_x}].alt".format(**locals()) + " must be string", value=data__media_item__alt, name="" + (name_prefix or "data") + ".media[{data__media_x}].alt".format(**locals()) + "", definition={'type': 'string'}, rule='type')
                        if "text_color" in data__media_item_keys:
                            data__media_item_keys.remove("text_color")
                            data__media_item__textcolor = data__media_item["text_color"]
                            if not isinstance(data__media_item__textcolor, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".media[{data__media_x}].text_color".format(**locals()) + " must be string", value=data__media_item__textcolor, name="" + (name_prefix or "data") + ".media[{data__media_x}].text_color".format(**locals()) + "", definition={'type': 'string', 'pattern': '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$', 'description': '#RGB or #RRGGBB'}, rule='type')
                            if isinstance(data__media_item__textcolor, str):
                                if not REGEX_PATTERNS['^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$'].search(data__media_item__textcolor):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".media[{data__media_x}].text_color".format(**locals()) + " must match pattern ^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$", value=data__media_item__textcolor, name="" + (name_prefix or "data") + ".media[{data__media_x}].text_color".format(**locals()) + "", definition={'type': 'string', 'pattern': '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$', 'description': '#RGB or #RRGGBB'}, rule='pattern')
                        if "background_color" in data__media_item_keys:
                            data__media_item_keys.remove("background_color")
                            data__media_item__backgroundcolor = data__media_item["background_color"]
                            if not isinstance(data__media_item__backgroundcolor, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".media[{data__media_x}].background_color".format(**locals()) + " must be string", value=data__media_item__backgroundcolor, name="" + (name_prefix or "data") + ".media[{data__media_x}].background_color".format(**locals()) + "", definition={'type': 'string', 'pattern': '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$', 'description': '#RGB or #RRGGBB'}, rule='type')
                            if isinstance(data__media_item__backgroundcolor, str):
                                if not REGEX_PATTERNS['^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$'].search(data__media_item__backgroundcolor):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".media[{data__media_x}].background_color".format(**locals()) + " must match pattern ^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$", value=data__media_item__backgroundcolor, name="" + (name_prefix or "data") + ".media[{data__media_x}].background_color".format(**locals()) + "", definition={'type': 'string', 'pattern': '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$', 'description': '#RGB or #RRGGBB'}, rule='pattern')
                        if "large_text" in data__media_item_keys:
                            data__media_item_keys.remove("large_text")
                            data__media_item__largetext = data__media_item["large_text"]
                            if not isinstance(data__media_item__largetext, (bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".media[{data__media_x}].large_text".format(**locals()) + " must be boolean", value=data__media_item__largetext, name="" + (name_prefix or "data") + ".media[{data__media_x}].large_text".format(**locals()) + "", definition={'type': 'boolean'}, rule='type')
                        if "duration" in data__media_item_keys:
                            data__media_item_keys.remove("duration")
                            data__media_item__duration = data__media_item["duration"]
                            data__media_item__duration_any_of_count1 = 0
                            if not data__media_item__duration_any_of_count1:
                                try:
                                    if not isinstance(data__media_item__duration, (int, float)) or isinstance(data__media_item__duration, bool):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".media[{data__media_x}].duration".format(**locals()) + " must be number", value=data__media_item__duration, name="" + (name_prefix or "data") + ".media[{data__media_x}].duration".format(**locals()) + "", definition={'type': 'number', 'minimum': 0}, rule='type')
                                    if isinstance(data__media_item__duration, (int, float)) and not isinstance(data__media_item__duration, bool):
                                        if data__media_item__duration < 0:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".media[{data__media_x}].duration".format(**locals()) + " must be bigger than or equal to 0", value=data__media_item__duration, name="" + (name_prefix or "data") + ".media[{data__media_x}].duration".format(**locals()) + "", definition={'type': 'number', 'minimum': 0}, rule='minimum')
                                    data__media_item__duration_any_of_count1 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__media_item__duration_any_of_count1:
                                try:
                                    if not isinstance(data__media_item__duration, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".media[{data__media_x}].duration".format(**locals()) + " must be string", value=data__media_item__duration, name="" + (name_prefix or "data") + ".media[{data__media_x}].duration".format(**locals()) + "", definition={'type': 'string', 'pattern': '^(\\d+:)?\\d{1,2}:\\d{2}$|^\\d+(\\.\\d+)?$'}, rule='type')
                                    if isinstance(data__media_item__duration, str):
                                        if not REGEX_PATTERNS['^(\\d+:)?\\d{1,2}:\\d{2}$|^\\d+(\\.\\d+)?$'].search(data__media_item__duration):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".media[{data__media_x}].duration".format(**locals()) + " must match pattern ^(\\d+:)?\\d{1,2}:\\d{2}$|^\\d+(\\.\\d+)?$", value=data__media_item__duration, name="" + (name_prefix or "data") + ".media[{data__media_x}].duration".format(**locals()) + "", definition={'type': 'string', 'pattern': '^(\\d+:)?\\d{1,2}:\\d{2}$|^\\d+(\\.\\d+)?$'}, rule='pattern')
                                    data__media_item__duration_any_of_count1 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__media_item__duration_any_of_count1:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".media[{data__media_x}].duration".format(**locals()) + " cannot be validated by any definition", value=data__media_item__duration, name="" + (name_prefix or "data") + ".media[{data__media_x}].duration".format(**locals()) + "", definition={'anyOf': [{'type': 'number', 'minimum': 0}, {'type': 'string', 'pattern': '^(\\d+:)?\\d{1,2}:\\d{2}$|^\\d+(\\.\\d+)?$'}], 'description': 'seconds, or "m:ss" / "h:mm:ss"'}, rule='anyOf')
                        if "captions" in data__media_item_keys:
                            data__media_item_keys.remove("captions")
                            data__media_item__captions = data__media_item["captions"]
                            if not isinstance(data__media_item__captions, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".media[{data__media_x}].captions".format(**locals()) + " must be string", value=data__media_item__captions, name="" + (name_prefix or "data") + ".media[{data__media_x}].captions".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                            if isinstance(data__media_item__captions, str):
                                data__media_item__captions_len = len(data__media_item__captions)
                                if data__media_item__captions_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".media[{data__media_x}].captions".format(**locals()) + " must be longer than or equal to 1 characters", value=data__media_item__captions, name="" + (name_prefix or "data") + ".media[{data__media_x}].captions".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                        if "burned_in_captions" in data__media_item_keys:
                            data__media_item_keys.remove("burned_in_captions")
                            data__media_item__burnedincaptions = data__media_item["burned_in_captions"]
                            if not isinstance(data__media_item__burnedincaptions, (bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".media[{data__media_x}].burned_in_captions".format(**locals()) + " must be boolean", value=data__media_item__burnedincaptions, name="" + (name_prefix or "data") + ".media[{data__media_x}].burned_in_captions".format(**locals()) + "", definition={'type': 'boolean'}, rule='type')
                        if "chapters" in data__media_item_keys:
                            data__media_item_keys.remove("chapters")
                            data__media_item__chapters = data__media_item["chapters"]
                            data__media_item__chapters_any_of_count2 = 0
                            if not data__media_item__chapters_any_of_count2:
                                try:
                                    if not isinstance(data__media_item__chapters, (bool)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".media[{data__media_x}].chapters".format(**locals()) + " must be boolean", value=data__media_item__chapters, name="" + (name_prefix or "data") + ".media[{data__media_x}].chapters".format(**locals()) + "", definition={'type': 'boolean'}, rule='type')
                                    data__media_item__chapters_any_of_count2 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__media_item__chapters_any_of_count2:
                                try:
                                    if not isinstance(data__media_item__chapters, (list, tuple)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".media[{data__media_x}].chapters".format(**locals()) + " must be array", value=data__media_item__chapters, name="" + (name_prefix or "data") + ".media[{data__media_x}].chapters".format(**locals()) + "", definition={'type': 'array', 'items': {'anyOf': [{'type': 'string', 'pattern': '^\\s*(\\d+:)?\\d{1,2}:\\d{2}\\s+\\S'}, {'type': 'object', 'properties': {'at': {'type': 'string', 'pattern': '^(\\d+:)?\\d{1,2}:\\d{2}$'}, 'title': {'type': 'string', 'minLength': 1}}, 'required': ['at', 'title'], 'additionalProperties': False}], 'description': '"0:00 Intro" or {at: "0:00", title: Intro}'}}, rule='type')
                                    data__media_item__chapters_is_list = isinstance(data__media_item__chapters, (list, tuple))
                                    if data__media_item__chapters_is_list:
                                        data__media_item__chapters_len = len(data__media_item__chapters)
                                        for data__media_item__chapters_x, data__media_item__chapters_item in enumerate(data__media_item__chapters):
                                            data__media_item__chapters_item_any_of_count3 = 0
                                            if not data__media_item__chapters_item_any_of_count3:
                                                try:
                                                    if not isinstance(data__media_item__chapters_item, (str)):
                                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".media[{data__media_x}].chapters[{data__media_item__chapters_x}]".format(**locals()) + " must be string", value=data__media_item__chapters_item, name="" + (name_prefix or "data") + ".media[{data__media_x}].chapters[{data__media_item__chapters_x}]".format(**locals()) + "", definition={'type': 'string', 'pattern': '^\\s*(\\d+:)?\\d{1,2}:\\d{2}\\s+\\S'}, rule='type')
                                                    if isinstance(data__media_item__chapters_item, str):
                                                        if not REGEX_PATTERNS['^\\s*(\\d+:)?\\d{1,2}:\\d{2}\\s+\\S'].search(data__media_item__chapters_item):
                                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".media[{data__media_x}].chapters[{data__media_item__chapters_x}]".format(**locals()) + " must match pattern ^\\s*(\\d+:)?\\d{1,2}:\\d{2}\\s+\\S", value=data__media_item__chapters_item, name="" + (name_prefix or "data") + ".media[{data__media_x}].chapters[{data__media_item__chapters_x}]".format(**locals()) + "", definition={'type': 'string', 'pattern': '^\\s*(\\d+:)?\\d{1,2}:\\d{2}\\s+\\S'}, rule='pattern')
                                                    data__media_item__chapters_item_any_of_count3 += 1
                                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                            if not data__media_item__chapters_item_any_of_count3:
                                                try:
                                                    if not isinstance(data__media_item__chapters_item, (dict)):
                                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".media[{data__media_x}].chapters[{data__media_item__chapters_x}]".format(**locals()) + " must be object", value=data__media_item__chapters_item, name="" + (name_prefix or "data") + ".media[{data__media_x}].chapters[{data__media_item__chapters_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'at': {'type': 'string', 'pattern': '^(\\d+:)?\\d{1,2}:\\d{2}$'}, 'title': {'type': 'string', 'minLength': 1}}, 'required': ['at', 'title'], 'additionalProperties': False}, rule='type')
                                                    data__media_item__chapters_item_is_dict = isinstance(data__media_item__chapters_item, dict)
                                                    if data__media_item__chapters_item_is_dict:
                                                        data__media_item__chapters_item__missing_keys = set(['at', 'title']) - data__media_item__chapters_item.keys()
                                                        if data__media_item__chapters_item__missing_keys:
                                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".media[{data__media_x}].chapters[{data__media_item__chapters_x}]".format(**locals()) + " must contain " + (str(sorted(data__media_item__chapters_item__missing_keys)) + " properties"), value=data__media_item__chapters_item, name="" + (name_prefix or "data") + ".media[{data__media_x}].chapters[{data__media_item__chapters_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'at': {'type': 'string', 'pattern': '^(\\d+:)?\\d{1,2}:\\d{2}$'}, 'title': {'type': 'string', 'minLength': 1}}, 'required': ['at', 'title'], 'additionalProperties': False}, rule='required')
                                                        data__media_item__chapters_item_keys = set(data__media_item__chapters_item.keys())
                                                        if "at" in data__media_item__chapters_item_keys:
                                                            data__media_item__chapters_item_keys.remove("at")
                                                            data__media_item__chapters_item__at = data__media_item__chapters_item["at"]
                                                            if not isinstance(data__media_item__chapters_item__at, (str)):
                                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".media[{data__media_x}].chapters[{data__media_item__chapters_x}].at".format(**locals()) + " must be string", value=data__media_item__chapters_item__at, name="" + (name_prefix or "data") + ".media[{data__media_x}].chapters[{data__media_item__chapters_x}].at".format(**locals()) + "", definition={'type': 'string', 'pattern': '^(\\d+:)?\\d{1,2}:\\d{2}$'}, rule='type')
                                                            if isinstance(data__media_item__chapters_item__at, str):
                                                                if not REGEX_PATTERNS['^(\\d+:)?\\d{1,2}:\\d{2}$'].search(data__media_item__chapters_item__at):
                                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".media[{data__media_x}].chapters[{data__media_item__chapters_x}].at".format(**locals()) + " must match pattern ^(\\d+:)?\\d{1,2}:\\d{2}$", value=data__media_item__chapters_item__at, name="" + (name_prefix or "data") + ".media[{data__media_x}].chapters[{data__media_item__chapters_x}].at".format(**locals()) + "", definition={'type': 'string', 'pattern': '^(\\d+:)?\\d{1,2}:\\d{2}$'}, rule='pattern')
                                                        if "title" in data__media_item__chapters_item_keys:
                                                            data__media_item__chapters_item_keys.remove("title")
                                                            data__media_item__chapters_item__title = data__media_item__chapters_item["title"]
                                                            if not isinstance(data__media_item__chapters_item__title, (str)):
                                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".media[{data__media_x}].chapters[{data__media_item__chapters_x}].title".format(**locals()) + " must be string", value=data__media_item__chapters_item__title, name="" + (name_prefix or "data") + ".media[{data__media_x}].chapters[{data__media_item__chapters_x}].title".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                                                            if isinstance(data__media_item__chapters_item__title, str):
                                                                data__media_item__chapters_item__title_len = len(data__media_item__chapters_item__title)
                                                                if data__media_item__chapters_item__title_len < 1:
                                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".media[{data__media_x}].chapters[{data__media_item__chapters_x}].title".format(**locals()) + " must be longer than or equal to 1 characters", value=data__media_item__chapters_item__title, name="" + (name_prefix or "data") + ".media[{data__media_x}].chapters[{data__media_item__chapters_x}].title".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                                                        if data__media_item__chapters_item_keys:
                                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".media[{data__media_x}].chapters[{data__media_item__chapters_x}]".format(**locals()) + " must not contain "+str(data__media_item__chapters_item_keys)+" properties", value=data__media_item__chapters_item, name="" + (name_prefix or "data") + ".media[{data__media_x}].chapters[{data__media_item__chapters_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'at': {'type': 'string', 'pattern': '^(\\d+:)?\\d{1,2}:\\d{2}$'}, 'title': {'type': 'string', 'minLength': 1}}, 'required': ['at', 'title'], 'additionalProperties': False}, rule='additionalProperties')
                                                    data__media_item__chapters_item_any_of_count3 += 1
                                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                            if not data__media_item__chapters_item_any_of_count3:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".media[{data__media_x}].chapters[{data__media_item__chapters_x}]".format(**locals()) + " cannot be validated by any definition", value=data__media_item__chapters_item, name="" + (name_prefix or "data") + ".media[{data__media_x}].chapters[{data__media_item__chapters_x}]".format(**locals()) + "", definition={'anyOf': [{'type': 'string', 'pattern': '^\\s*(\\d+:)?\\d{1,2}:\\d{2}\\s+\\S'}, {'type': 'object', 'properties': {'at': {'type': 'string', 'pattern': '^(\\d+:)?\\d{1,2}:\\d{2}$'}, 'title': {'type': 'string', 'minLength': 1}}, 'required': ['at', 'title'], 'additionalProperties': False}], 'description': '"0:00 Intro" or {at: "0:00", title: Intro}'}, rule='anyOf')
                                    data__media_item__chapters_any_of_count2 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__media_item__chapters_any_of_count2:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".media[{data__media_x}].chapters".format(**locals()) + " cannot be validated by any definition", value=data__media_item__chapters, name="" + (name_prefix or "data") + ".media[{data__media_x}].chapters".format(**locals()) + "", definition={'anyOf': [{'type': 'boolean'}, {'type': 'array', 'items': {'anyOf': [{'type': 'string', 'pattern': '^\\s*(\\d+:)?\\d{1,2}:\\d{2}\\s+\\S'}, {'type': 'object', 'properties': {'at': {'type': 'string', 'pattern': '^(\\d+:)?\\d{1,2}:\\d{2}$'}, 'title': {'type': 'string', 'minLength': 1}}, 'required': ['at', 'title'], 'additionalProperties': False}], 'description': '"0:00 Intro" or {at: "0:00", title: Intro}'}}]}, rule='anyOf')
                        if data__media_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".media[{data__media_x}]".format(**locals()) + " must not contain "+str(data__media_item_keys)+" properties", value=data__media_item, name="" + (name_prefix or "data") + ".media[{data__media_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'type': {'enum': ['image', 'gif', 'video', 'audio']}, 'file': {'type': 'string', 'minLength': 1}, 'alt': {'type': 'string'}, 'text_color': {'type': 'string', 'pattern': '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$', 'description': '#RGB or #RRGGBB'}, 'background_color': {'type': 'string', 'pattern': '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$', 'description': '#RGB or #RRGGBB'}, 'large_text': {'type': 'boolean'}, 'duration': {'anyOf': [{'type': 'number', 'minimum': 0}, {'type': 'string', 'pattern': '^(\\d+:)?\\d{1,2}:\\d{2}$|^\\d+(\\.\\d+)?$'}], 'description': 'seconds, or "m:ss" / "h:mm:ss"'}, 'captions': {'type': 'string', 'minLength': 1}, 'burned_in_captions': {'type': 'boolean'}, 'chapters': {'anyOf': [{'type': 'boolean'}, {'type': 'array', 'items': {'anyOf': [{'type': 'string', 'pattern': '^\\s*(\\d+:)?\\d{1,2}:\\d{2}\\s+\\S'}, {'type': 'object', 'properties': {'at': {'type': 'string', 'pattern': '^(\\d+:)?\\d{1,2}:\\d{2}$'}, 'title': {'type': 'string', 'minLength': 1}}, 'required': ['at', 'title'], 'additionalProperties': False}], 'description': '"0:00 Intro" or {at: "0:00", title: Intro}'}}]}}, 'required': ['type', 'file'], 'additionalProperties': False}, rule='additionalProperties')
        if "topics" in data_keys:
            data_keys.remove("topics")
            data__topics = data["topics"]
            if not isinstance(data__topics, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".topics must be array", value=data__topics, name="" + (name_prefix or "data") + ".topics", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, rule='type')
            data__topics_is_list = isinstance(data__topics, (list, tuple))
            if data__topics_is_list:
                data__topics_len = len(data__topics)
                for data__topics_x, data__topics_item in enumerate(data__topics):
                    if not isinstance(data__topics_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".topics[{data__topics_x}]".format(**locals()) + " must be string", value=data__topics_item, name="" + (name_prefix or "data") + ".topics[{data__topics_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__topics_item, str):
                        data__topics_item_len = len(data__topics_item)
                        if data__topics_item_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".topics[{data__topics_x}]".format(**locals()) + " must be longer than or equal to 1 characters", value=data__topics_item, name="" + (name_prefix or "data") + ".topics[{data__topics_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "smmlint" in data_keys:
            data_keys.remove("smmlint")
            data__smmlint = data["smmlint"]
            if not isinstance(data__smmlint, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".smmlint must be object", value=data__smmlint, name="" + (name_prefix or "data") + ".smmlint", definition={'type': 'object', 'properties': {'disable': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'reason': {'type': 'string'}}, 'additionalProperties': False, 'description': 'suppressions: {disable: [CODE or name, ...], reason: why}'}, rule='type')
            data__smmlint_is_dict = isinstance(data__smmlint, dict)
            if data__smmlint_is_dict:
                data__smmlint_keys = set(data__smmlint.keys())
                if "disable" in data__smmlint_keys:
                    data__smmlint_keys.remove("disable")
                    data__smmlint__disable = data__smmlint["disable"]
                    if not isinstance(data__smmlint__disable, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".smmlint.disable must be array", value=data__smmlint__disable, name="" + (name_prefix or "data") + ".smmlint.disable", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, rule='type')
                    data__smmlint__disable_is_list = isinstance(data__smmlint__disable, (list, tuple))
                    if data__smmlint__disable_is_list:
                        data__smmlint__disable_len = len(data__smmlint__disable)
                        for data__smmlint__disable_x, data__smmlint__disable_item in enumerate(data__smmlint__disable):
                            if not isinstance(data__smmlint__disable_item, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".smmlint.disable[{data__smmlint__disable_x}]".format(**locals()) + " must be string", value=data__smmlint__disable_item, name="" + (name_prefix or "data") + ".smmlint.disable[{data__smmlint__disable_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                            if isinstance(data__smmlint__disable_item, str):
                                data__smmlint__disable_item_len = len(data__smmlint__disable_item)
                                if data__smmlint__disable_item_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".smmlint.disable[{data__smmlint__disable_x}]".format(**locals()) + " must be longer than or equal to 1 characters", value=data__smmlint__disable_item, name="" + (name_prefix or "data") + ".smmlint.disable[{data__smmlint__disable_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                if "reason" in data__smmlint_keys:
                    data__smmlint_keys.remove("reason")
                    data__smmlint__reason = data__smmlint["reason"]
                    if not isinstance(data__smmlint__reason, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".smmlint.reason must be string", value=data__smmlint__reason, name="" + (name_prefix or "data") + ".smmlint.reason", definition={'type': 'string'}, rule='type')
                if data__smmlint_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".smmlint must not contain "+str(data__smmlint_keys)+" properties", value=data__smmlint, name="" + (name_prefix or "data") + ".smmlint", definition={'type': 'object', 'properties': {'disable': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'reason': {'type': 'string'}}, 'additionalProperties': False, 'description': 'suppressions: {disable: [CODE or name, ...], reason: why}'}, rule='additionalProperties')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://smmlint.invalid/schemas/post.schema.json', 'title': 'smmlint post front matter', 'description': 'The YAML front matter of one post (see spec/post-format.md). Field names and meanings are fixed.', 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\s]+$', 'description': 'stable id; the calendar UID derives from it (default: path without .md)'}, 'title': {'type': 'string', 'minLength': 1}, 'channel': {'type': 'string', 'minLength': 1, 'description': 'one channel per file: instagram, facebook, linkedin, x, threads, mastodon, bluesky, tiktok, youtube, whatsapp, newsletter, or one the config declares'}, 'format': {'type': 'string', 'minLength': 1, 'description': 'decides the cognitive load unless `load` is set'}, 'load': {'enum': ['low', 'medium', 'high']}, 'publish_at': {'type': 'string', 'pattern': '^\\d{4}-\\d{2}-\\d{2}([T ]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?\\s*(Z|[+-]\\d{2}(:?\\d{2})?)?$', 'description': "ISO 8601; without offset it is in the config's timezone"}, 'status': {'enum': ['draft', 'review', 'approved', 'scheduled', 'published', 'cancelled']}, 'language': {'type': 'string', 'pattern': '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$', 'description': 'BCP 47 primary tag'}, 'campaign': {'type': 'string', 'minLength': 1}, 'next_step': {'type': 'object', 'properties': {'type': {'enum': ['poll', 'quiz', 'thread', 'comment', 'form', 'event', 'faq', 'guide', 'dm', 'ama', 'link']}, 'prompt': {'type': 'string', 'minLength': 1}, 'url': {'type': 'string', 'minLength': 1}}, 'required': ['type', 'prompt'], 'additionalProperties': False}, 'sla': {'type': 'object', 'properties': {'owner': {'type': 'string', 'minLength': 1}, 'response': {'type': 'string', 'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$', 'description': 'e.g. 2h, 90m, 1h30m, 45 min, 1 d, PT2H'}}, 'additionalProperties': False}, 'ad': {'type': 'object', 'properties': {'kind': {'enum': ['paid', 'affiliate', 'gifted', 'partnership']}, 'partner': {'type': 'string', 'minLength': 1}}, 'required': ['kind'], 'additionalProperties': False}, 'terms_url': {'type': 'string', 'minLength': 1}, 'media': {'type': 'array', 'items': {'type': 'object', 'properties': {'type': {'enum': ['image', 'gif', 'video', 'audio']}, 'file': {'type': 'string', 'minLength': 1}, 'alt': {'type': 'string'}, 'text_color': {'type': 'string', 'pattern': '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$', 'description': '#RGB or #RRGGBB'}, 'background_color': {'type': 'string', 'pattern': '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$', 'description': '#RGB or #RRGGBB'}, 'large_text': {'type': 'boolean'}, 'duration': {'anyOf': [{'type': 'number', 'minimum': 0}, {'type': 'string', 'pattern': '^(\\d+:)?\\d{1,2}:\\d{2}$|^\\d+(\\.\\d+)?$'}], 'description': 'seconds, or "m:ss" / "h:mm:ss"'}, 'captions': {'type': 'string', 'minLength': 1}, 'burned_in_captions': {'type': 'boolean'}, 'chapters': {'anyOf': [{'type': 'boolean'}, {'type': 'array', 'items': {'anyOf': [{'type': 'string', 'pattern': '^\\s*(\\d+:)?\\d{1,2}:\\d{2}\\s+\\S'}, {'type': 'object', 'properties': {'at': {'type': 'string', 'pattern': '^(\\d+:)?\\d{1,2}:\\d{2}$'}, 'title': {'type': 'string', 'minLength': 1}}, 'required': ['at', 'title'], 'additionalProperties': False}], 'description': '"0:00 Intro" or {at: "0:00", title: Intro}'}}]}}, 'required': ['type', 'file'], 'additionalProperties': False}}, 'topics': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'smmlint': {'type': 'object', 'properties': {'disable': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'reason': {'type': 'string'}}, 'additionalProperties': False, 'description': 'suppressions: {disable: [CODE or name, ...], reason: why}'}}, 'required': ['title', 'channel', 'format'], 'if': {'not': {'properties': {'status': {'const': 'draft'}}, 'required': ['status']}}, 'then': {'required': ['publish_at']}, 'additionalProperties': False}, rule='additionalProperties')
    try:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['status']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'properties': {'status': {'const': 'draft'}}, 'required': ['status']}, rule='required')
                data_keys = set(data.keys())
                if "status" in data_keys:
                    data_keys.remove("status")
                    data__status = data["status"]
                    if not (isinstance(data__status, str) and data__status == 'draft'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".status must be same as const definition: draft", value=data__status, name="" + (name_prefix or "data") + ".status", definition={'const': 'draft'}, rule='const')
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
        else:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must NOT match a disallowed definition", value=data, name="" + (name_prefix or "data") + "", definition={'not': {'properties': {'status': {'const': 'draft'}}, 'required': ['status']}}, rule='not')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['publish_at']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'required': ['publish_at']}, rule='required')
    return data

validate = validate_https___smmlint_invalid_schemas_post_schema_json

SCHEMA = {'$schema': 'https://json-schema.org/draft/2020-12/schema',
 '$id': 'https://smmlint.invalid/schemas/post.schema.json',
 'title': 'smmlint post front matter',
 'description': 'The YAML front matter of one post (see spec/post-format.md). Field names and '
                'meanings are fixed.',
 'type': 'object',
 'properties': {'id': {'type': 'string',
                       'minLength': 1,
                       'pattern': '^[^\\s]+$',
                       'description': 'stable id; the calendar UID derives from it (default: path '
                                      'without .md)'},
                'title': {'type': 'string', 'minLength': 1},
                'channel': {'type': 'string',
                            'minLength': 1,
                            'description': 'one channel per file: instagram, facebook, linkedin, '
                                           'x, threads, mastodon, bluesky, tiktok, youtube, '
                                           'whatsapp, newsletter, or one the config declares'},
                'format': {'type': 'string',
                           'minLength': 1,
                           'description': 'decides the cognitive load unless `load` is set'},
                'load': {'enum': ['low', 'medium', 'high']},
                'publish_at': {'type': 'string',
                               'pattern': '^\\d{4}-\\d{2}-\\d{2}([T '
                                          ']\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?\\s*(Z|[+-]\\d{2}(:?\\d{2})?)?$',
                               'description': "ISO 8601; without offset it is in the config's "
                                              'timezone'},
                'status': {'enum': ['draft',
                                    'review',
                                    'approved',
                                    'scheduled',
                                    'published',
                                    'cancelled']},
                'language': {'type': 'string',
                             'pattern': '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$',
                             'description': 'BCP 47 primary tag'},
                'campaign': {'type': 'string', 'minLength': 1},
                'next_step': {'type': 'object',
                              'properties': {'type': {'enum': ['poll',
                                                               'quiz',
                                                               'thread',
                                                               'comment',
                                                               'form',
                                                               'event',
                                                               'faq',
                                                               'guide',
                                                               'dm',
                                                               'ama',
                                                               'link']},
                                             'prompt': {'type': 'string', 'minLength': 1},
                                             'url': {'type': 'string', 'minLength': 1}},
                              'required': ['type', 'prompt'],
                              'additionalProperties': False},
                'sla': {'type': 'object',
                        'properties': {'owner': {'type': 'string', 'minLength': 1},
                                       'response': {'type': 'string',
                                                    'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$',
                                                    'description': 'e.g. 2h, 90m, 1h30m, 45 min, 1 '
                                                                   'd, PT2H'}},
                        'additionalProperties': False},
                'ad': {'type': 'object',
                       'properties': {'kind': {'enum': ['paid',
                                                        'affiliate',
                                                        'gifted',
                                                        'partnership']},
                                      'partner': {'type': 'string', 'minLength': 1}},
                       'required': ['kind'],
                       'additionalProperties': False},
                'terms_url': {'type': 'string', 'minLength': 1},
                'media': {'type': 'array',
                          'items': {'type': 'object',
                                    'properties': {'type': {'enum': ['image',
                                                                     'gif',
                                                                     'video',
                                                                     'audio']},
                                                   'file': {'type': 'string', 'minLength': 1},
                                                   'alt': {'type': 'string'},
                                                   'text_color': {'type': 'string',
                                                                  'pattern': '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$',
                                                                  'description': '#RGB or #RRGGBB'},
                                                   'background_color': {'type': 'string',
                                                                        'pattern': '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$',
                                                                        'description': '#RGB or '
                                                                                       '#RRGGBB'},
                                                   'large_text': {'type': 'boolean'},
                                                   'duration': {'anyOf': [{'type': 'number',
                                                                           'minimum': 0},
                                                                          {'type': 'string',
                                                                           'pattern': '^(\\d+:)?\\d{1,2}:\\d{2}$|^\\d+(\\.\\d+)?$'}],
                                                                'description': 'seconds, or "m:ss" '
                                                                               '/ "h:mm:ss"'},
                                                   'captions': {'type': 'string', 'minLength': 1},
                                                   'burned_in_captions': {'type': 'boolean'},
                                                   'chapters': {'anyOf': [{'type': 'boolean'},
                                                                          {'type': 'array',
                                                                           'items': {'anyOf': [{'type': 'string',
                                                                                                'pattern': '^\\s*(\\d+:)?\\d{1,2}:\\d{2}\\s+\\S'},
                                                                                               {'type': 'object',
                                                                                                'properties': {'at': {'type': 'string',
                                                                                                                      'pattern': '^(\\d+:)?\\d{1,2}:\\d{2}$'},
                                                                                                               'title': {'type': 'string',
                                                                                                                         'minLength': 1}},
                                                                                                'required': ['at',
                                                                                                             'title'],
                                                                                                'additionalProperties': False}],
                                                                                     'description': '"0:00 '
                                                                                                    'Intro" '
                                                                                                    'or '
                                                                                                    '{at: '
                                                                                                    '"0:00", '
                                                                                                    'title: '
                                                                                                    'Intro}'}}]}},
                                    'required': ['type', 'file'],
                                    'additionalProperties': False}},
                'topics': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}},
                'smmlint': {'type': 'object',
                            'properties': {'disable': {'type': 'array',
                                                       'items': {'type': 'string', 'minLength': 1}},
                                           'reason': {'type': 'string'}},
                            'additionalProperties': False,
                            'description': 'suppressions: {disable: [CODE or name, ...], reason: '
                                           'why}'}},
 'required': ['title', 'channel', 'format'],
 'if': {'not': {'properties': {'status': {'const': 'draft'}}, 'required': ['status']}},
 'then': {'required': ['publish_at']},
 'additionalProperties': False}
