"""GENERATED from schemas/config.schema.json by `python -m smmlint.generate`: do not edit."""
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
    '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$': '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*\\Z',
    '^\\d{4}-\\d{2}-\\d{2}(\\.\\.\\d{4}-\\d{2}-\\d{2})?$': '^\\d{4}-\\d{2}-\\d{2}(\\.\\.\\d{4}-\\d{2}-\\d{2})?\\Z',
    '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*\\Z',
    '^utm_[a-z_]+$': '^utm_[a-z_]+\\Z',
    '^[a-z0-9_-]+$': '^[a-z0-9_-]+\\Z'
})

NoneType = type(None)

def validate_https___smmlint_invalid_schemas_config_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://smmlint.invalid/schemas/config.schema.json', 'title': 'smmlint configuration (smmlint.yaml or [tool.smmlint])', 'type': 'object', 'properties': {'timezone': {'type': 'string', 'minLength': 1, 'description': 'IANA zone for naive times, default Europe/Berlin'}, 'language': {'type': 'string', 'pattern': '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$', 'description': 'default post language (de)'}, 'messages': {'enum': ['de', 'en'], 'description': "language of smmlint's own messages (default: from the locale)"}, 'posts': {'type': 'string', 'minLength': 1, 'description': 'where posts live (default posts/)'}, 'max_file_size': {'type': 'integer', 'minimum': 1, 'maximum': 104857600, 'description': 'bytes; larger files are not read (default 1048576, at most 100 MiB)'}, 'team': {'type': 'object', 'additionalProperties': {'type': 'object', 'properties': {'name': {'type': 'string'}, 'email': {'type': 'string'}, 'hours': {'type': 'string', 'minLength': 1, 'description': 'e.g. "Mo-Fr 09:00-17:00"'}, 'absent': {'type': 'array', 'items': {'type': 'string', 'pattern': '^\\d{4}-\\d{2}-\\d{2}(\\.\\.\\d{4}-\\d{2}-\\d{2})?$'}}}, 'additionalProperties': False}}, 'sla': {'type': 'object', 'properties': {'max_response': {'type': 'string', 'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$', 'description': 'e.g. 2h, 90m, 1h30m, 45 min, 1 d, PT2H'}, 'default_response': {'type': 'string', 'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$', 'description': 'e.g. 2h, 90m, 1h30m, 45 min, 1 d, PT2H'}}, 'additionalProperties': False}, 'tracking': {'type': 'object', 'properties': {'domains': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'required': {'type': 'array', 'items': {'type': 'string', 'pattern': '^utm_[a-z_]+$'}}, 'medium': {'type': 'string', 'pattern': '^[a-z0-9_-]+$'}}, 'additionalProperties': False}, 'safety': {'type': 'object', 'properties': {'blocked_words': {'anyOf': [{'type': 'string', 'minLength': 1}, {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}], 'description': 'a word-list file (one term per line, # comments) or a list of files'}, 'sensitive_topics': {'type': 'object', 'additionalProperties': {'type': 'object', 'properties': {'keywords': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'help': {'type': 'string', 'minLength': 1}}, 'required': ['help'], 'additionalProperties': False}}}, 'additionalProperties': False}, 'community_rules_url': {'type': 'string', 'minLength': 1}, 'rhythm': {'type': 'object', 'properties': {'max_posts_per_day': {'anyOf': [{'type': 'integer', 'minimum': 0}, {'type': 'object', 'additionalProperties': {'type': 'integer', 'minimum': 0}}]}, 'min_gap': {'type': 'string', 'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$', 'description': 'e.g. 2h, 90m, 1h30m, 45 min, 1 d, PT2H'}, 'max_high_load_in_a_row': {'type': 'integer', 'minimum': 0}, 'max_same_format_in_a_row': {'type': 'integer', 'minimum': 0}, 'weekly_required': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'max_silence_days': {'type': 'integer', 'minimum': 0}, 'max_posts_per_owner_per_day': {'type': 'integer', 'minimum': 0}}, 'additionalProperties': False}, 'channels': {'type': 'object', 'additionalProperties': {'type': 'object', 'description': 'limits of a channel (overrides or a new channel): text_limit, counting, more_cut, max_hashtags, hashtags_severity, alt_limit, video_max_seconds, media_required, max_links'}}, 'formats': {'type': 'object', 'additionalProperties': {'enum': ['low', 'medium', 'high']}, 'description': 'format name -> cognitive load (adds to or redefines the defaults)'}, 'interactive_formats': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'a11y': {'type': 'object', 'properties': {'chapters_after': {'type': 'integer', 'minimum': 0}, 'alt_info_above': {'type': 'integer', 'minimum': 0}}, 'additionalProperties': False}, 'calendar': {'type': 'object', 'properties': {'duration': {'type': 'string', 'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$', 'description': 'e.g. 2h, 90m, 1h30m, 45 min, 1 d, PT2H'}, 'name': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}, 'rules': {'type': 'object', 'additionalProperties': {'anyOf': [{'enum': ['error', 'warning', 'info', 'off']}, {'const': False}], 'description': 'error | warning | info | off'}, 'description': 'per rule (code or name): error | warning | info | off'}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "timezone" in data_keys:
            data_keys.remove("timezone")
            data__timezone = data["timezone"]
            if not isinstance(data__timezone, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone must be string", value=data__timezone, name="" + (name_prefix or "data") + ".timezone", definition={'type': 'string', 'minLength': 1, 'description': 'IANA zone for naive times, default Europe/Berlin'}, rule='type')
            if isinstance(data__timezone, str):
                data__timezone_len = len(data__timezone)
                if data__timezone_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone must be longer than or equal to 1 characters", value=data__timezone, name="" + (name_prefix or "data") + ".timezone", definition={'type': 'string', 'minLength': 1, 'description': 'IANA zone for naive times, default Europe/Berlin'}, rule='minLength')
        if "language" in data_keys:
            data_keys.remove("language")
            data__language = data["language"]
            if not isinstance(data__language, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".language must be string", value=data__language, name="" + (name_prefix or "data") + ".language", definition={'type': 'string', 'pattern': '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$', 'description': 'default post language (de)'}, rule='type')
            if isinstance(data__language, str):
                if not REGEX_PATTERNS['^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$'].search(data__language):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".language must match pattern ^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", value=data__language, name="" + (name_prefix or "data") + ".language", definition={'type': 'string', 'pattern': '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$', 'description': 'default post language (de)'}, rule='pattern')
        if "messages" in data_keys:
            data_keys.remove("messages")
            data__messages = data["messages"]
            if not (isinstance(data__messages, str) and data__messages == 'de' or isinstance(data__messages, str) and data__messages == 'en'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".messages must be one of ['de', 'en']", value=data__messages, name="" + (name_prefix or "data") + ".messages", definition={'enum': ['de', 'en'], 'description': "language of smmlint's own messages (default: from the locale)"}, rule='enum')
        if "posts" in data_keys:
            data_keys.remove("posts")
            data__posts = data["posts"]
            if not isinstance(data__posts, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".posts must be string", value=data__posts, name="" + (name_prefix or "data") + ".posts", definition={'type': 'string', 'minLength': 1, 'description': 'where posts live (default posts/)'}, rule='type')
            if isinstance(data__posts, str):
                data__posts_len = len(data__posts)
                if data__posts_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".posts must be longer than or equal to 1 characters", value=data__posts, name="" + (name_prefix or "data") + ".posts", definition={'type': 'string', 'minLength': 1, 'description': 'where posts live (default posts/)'}, rule='minLength')
        if "max_file_size" in data_keys:
            data_keys.remove("max_file_size")
            data__maxfilesize = data["max_file_size"]
            if not isinstance(data__maxfilesize, (int)) and not (isinstance(data__maxfilesize, float) and data__maxfilesize.is_integer()) or isinstance(data__maxfilesize, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".max_file_size must be integer", value=data__maxfilesize, name="" + (name_prefix or "data") + ".max_file_size", definition={'type': 'integer', 'minimum': 1, 'maximum': 104857600, 'description': 'bytes; larger files are not read (default 1048576, at most 100 MiB)'}, rule='type')
            if isinstance(data__maxfilesize, (int, float)) and not isinstance(data__maxfilesize, bool):
                if data__maxfilesize < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".max_file_size must be bigger than or equal to 1", value=data__maxfilesize, name="" + (name_prefix or "data") + ".max_file_size", definition={'type': 'integer', 'minimum': 1, 'maximum': 104857600, 'description': 'bytes; larger files are not read (default 1048576, at most 100 MiB)'}, rule='minimum')
                if data__maxfilesize > 104857600:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".max_file_size must be smaller than or equal to 104857600", value=data__maxfilesize, name="" + (name_prefix or "data") + ".max_file_size", definition={'type': 'integer', 'minimum': 1, 'maximum': 104857600, 'description': 'bytes; larger files are not read (default 1048576, at most 100 MiB)'}, rule='maximum')
        if "team" in data_keys:
            data_keys.remove("team")
            data__team = data["team"]
            if not isinstance(data__team, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".team must be object", value=data__team, name="" + (name_prefix or "data") + ".team", definition={'type': 'object', 'additionalProperties': {'type': 'object', 'properties': {'name': {'type': 'string'}, 'email': {'type': 'string'}, 'hours': {'type': 'string', 'minLength': 1, 'description': 'e.g. "Mo-Fr 09:00-17:00"'}, 'absent': {'type': 'array', 'items': {'type': 'string', 'pattern': '^\\d{4}-\\d{2}-\\d{2}(\\.\\.\\d{4}-\\d{2}-\\d{2})?$'}}}, 'additionalProperties': False}}, rule='type')
            data__team_is_dict = isinstance(data__team, dict)
            if data__team_is_dict:
                data__team_keys = set(data__team.keys())
                for data__team_key in data__team_keys:
                    if data__team_key not in []:
                        data__team_value = data__team.get(data__team_key)
                        if not isinstance(data__team_value, (dict)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".team.{data__team_key}".format(**locals()) + " must be object", value=data__team_value, name="" + (name_prefix or "data") + ".team.{data__team_key}".format(**locals()) + "", definition={'type': 'object', 'properties': {'name': {'type': 'string'}, 'email': {'type': 'string'}, 'hours': {'type': 'string', 'minLength': 1, 'description': 'e.g. "Mo-Fr 09:00-17:00"'}, 'absent': {'type': 'array', 'items': {'type': 'string', 'pattern': '^\\d{4}-\\d{2}-\\d{2}(\\.\\.\\d{4}-\\d{2}-\\d{2})?$'}}}, 'additionalProperties': False}, rule='type')
                        data__team_value_is_dict = isinstance(data__team_value, dict)
                        if data__team_value_is_dict:
                            data__team_value_keys = set(data__team_value.keys())
                            if "name" in data__team_value_keys:
                                data__team_value_keys.remove("name")
                                data__team_value__name = data__team_value["name"]
                                if not isinstance(data__team_value__name, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".team.{data__team_key}.name".format(**locals()) + " must be string", value=data__team_value__name, name="" + (name_prefix or "data") + ".team.{data__team_key}.name".format(**locals()) + "", definition={'type': 'string'}, rule='type')
                            if "email" in data__team_value_keys:
                                data__team_value_keys.remove("email")
                                data__team_value__email = data__team_value["email"]
                                if not isinstance(data__team_value__email, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".team.{data__team_key}.email".format(**locals()) + " must be string", value=data__team_value__email, name="" + (name_prefix or "data") + ".team.{data__team_key}.email".format(**locals()) + "", definition={'type': 'string'}, rule='type')
                            if "hours" in data__team_value_keys:
                                data__team_value_keys.remove("hours")
                                data__team_value__hours = data__team_value["hours"]
                                if not isinstance(data__team_value__hours, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".team.{data__team_key}.hours".format(**locals()) + " must be string", value=data__team_value__hours, name="" + (name_prefix or "data") + ".team.{data__team_key}.hours".format(**locals()) + "", definition={'type': 'string', 'minLength': 1, 'description': 'e.g. "Mo-Fr 09:00-17:00"'}, rule='type')
                                if isinstance(data__team_value__hours, str):
                                    data__team_value__hours_len = len(data__team_value__hours)
                                    if data__team_value__hours_len < 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".team.{data__team_key}.hours".format(**locals()) + " must be longer than or equal to 1 characters", value=data__team_value__hours, name="" + (name_prefix or "data") + ".team.{data__team_key}.hours".format(**locals()) + "", definition={'type': 'string', 'minLength': 1, 'description': 'e.g. "Mo-Fr 09:00-17:00"'}, rule='minLength')
                            if "absent" in data__team_value_keys:
                                data__team_value_keys.remove("absent")
                                data__team_value__absent = data__team_value["absent"]
                                if not isinstance(data__team_value__absent, (list, tuple)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".team.{data__team_key}.absent".format(**locals()) + " must be array", value=data__team_value__absent, name="" + (name_prefix or "data") + ".team.{data__team_key}.absent".format(**locals()) + "", definition={'type': 'array', 'items': {'type': 'string', 'pattern': '^\\d{4}-\\d{2}-\\d{2}(\\.\\.\\d{4}-\\d{2}-\\d{2})?$'}}, rule='type')
                                data__team_value__absent_is_list = isinstance(data__team_value__absent, (list, tuple))
                                if data__team_value__absent_is_list:
                                    data__team_value__absent_len = len(data__team_value__absent)
                                    for data__team_value__absent_x, data__team_value__absent_item in enumerate(data__team_value__absent):
                                        if not isinstance(data__team_value__absent_item, (str)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".team.{data__team_key}.absent[{data__team_value__absent_x}]".format(**locals()) + " must be string", value=data__team_value__absent_item, name="" + (name_prefix or "data") + ".team.{data__team_key}.absent[{data__team_value__absent_x}]".format(**locals()) + "", definition={'type': 'string', 'pattern': '^\\d{4}-\\d{2}-\\d{2}(\\.\\.\\d{4}-\\d{2}-\\d{2})?$'}, rule='type')
                                        if isinstance(data__team_value__absent_item, str):
                                            if not REGEX_PATTERNS['^\\d{4}-\\d{2}-\\d{2}(\\.\\.\\d{4}-\\d{2}-\\d{2})?$'].search(data__team_value__absent_item):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".team.{data__team_key}.absent[{data__team_value__absent_x}]".format(**locals()) + " must match pattern ^\\d{4}-\\d{2}-\\d{2}(\\.\\.\\d{4}-\\d{2}-\\d{2})?$", value=data__team_value__absent_item, name="" + (name_prefix or "data") + ".team.{data__team_key}.absent[{data__team_value__absent_x}]".format(**locals()) + "", definition={'type': 'string', 'pattern': '^\\d{4}-\\d{2}-\\d{2}(\\.\\.\\d{4}-\\d{2}-\\d{2})?$'}, rule='pattern')
                            if data__team_value_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".team.{data__team_key}".format(**locals()) + " must not contain "+str(data__team_value_keys)+" properties", value=data__team_value, name="" + (name_prefix or "data") + ".team.{data__team_key}".format(**locals()) + "", definition={'type': 'object', 'properties': {'name': {'type': 'string'}, 'email': {'type': 'string'}, 'hours': {'type': 'string', 'minLength': 1, 'description': 'e.g. "Mo-Fr 09:00-17:00"'}, 'absent': {'type': 'array', 'items': {'type': 'string', 'pattern': '^\\d{4}-\\d{2}-\\d{2}(\\.\\.\\d{4}-\\d{2}-\\d{2})?$'}}}, 'additionalProperties': False}, rule='additionalProperties')
        if "sla" in data_keys:
            data_keys.remove("sla")
            data__sla = data["sla"]
            if not isinstance(data__sla, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sla must be object", value=data__sla, name="" + (name_prefix or "data") + ".sla", definition={'type': 'object', 'properties': {'max_response': {'type': 'string', 'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$', 'description': 'e.g. 2h, 90m, 1h30m, 45 min, 1 d, PT2H'}, 'default_response': {'type': 'string', 'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$', 'description': 'e.g. 2h, 90m, 1h30m, 45 min, 1 d, PT2H'}}, 'additionalProperties': False}, rule='type')
            data__sla_is_dict = isinstance(data__sla, dict)
            if data__sla_is_dict:
                data__sla_keys = set(data__sla.keys())
                if "max_response" in data__sla_keys:
                    data__sla_keys.remove("max_response")
                    data__sla__maxresponse = data__sla["max_response"]
                    if not isinstance(data__sla__maxresponse, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".sla.max_response must be string", value=data__sla__maxresponse, name="" + (name_prefix or "data") + ".sla.max_response", definition={'type': 'string', 'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$', 'description': 'e.g. 2h, 90m, 1h30m, 45 min, 1 d, PT2H'}, rule='type')
                    if isinstance(data__sla__maxresponse, str):
                        if not REGEX_PATTERNS['^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$'].search(data__sla__maxresponse):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".sla.max_response must match pattern ^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$", value=data__sla__maxresponse, name="" + (name_prefix or "data") + ".sla.max_response", definition={'type': 'string', 'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$', 'description': 'e.g. 2h, 90m, 1h30m, 45 min, 1 d, PT2H'}, rule='pattern')
                if "default_response" in data__sla_keys:
                    data__sla_keys.remove("default_response")
                    data__sla__defaultresponse = data__sla["default_response"]
                    if not isinstance(data__sla__defaultresponse, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".sla.default_response must be string", value=data__sla__defaultresponse, name="" + (name_prefix or "data") + ".sla.default_response", definition={'type': 'string', 'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$', 'description': 'e.g. 2h, 90m, 1h30m, 45 min, 1 d, PT2H'}, rule='type')
                    if isinstance(data__sla__defaultresponse, str):
                        if not REGEX_PATTERNS['^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$'].search(data__sla__defaultresponse):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".sla.default_response must match pattern ^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$", value=data__sla__defaultresponse, name="" + (name_prefix or "data") + ".sla.default_response", definition={'type': 'string', 'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$', 'description': 'e.g. 2h, 90m, 1h30m, 45 min, 1 d, PT2H'}, rule='pattern')
                if data__sla_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".sla must not contain "+str(data__sla_keys)+" properties", value=data__sla, name="" + (name_prefix or "data") + ".sla", definition={'type': 'object', 'properties': {'max_response': {'type': 'string', 'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$', 'description': 'e.g. 2h, 90m, 1h30m, 45 min, 1 d, PT2H'}, 'default_response': {'type': 'string', 'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$', 'description': 'e.g. 2h, 90m, 1h30m, 45 min, 1 d, PT2H'}}, 'additionalProperties': False}, rule='additionalProperties')
        if "tracking" in data_keys:
            data_keys.remove("tracking")
            data__tracking = data["tracking"]
            if not isinstance(data__tracking, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".tracking must be object", value=data__tracking, name="" + (name_prefix or "data") + ".tracking", definition={'type': 'object', 'properties': {'domains': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'required': {'type': 'array', 'items': {'type': 'string', 'pattern': '^utm_[a-z_]+$'}}, 'medium': {'type': 'string', 'pattern': '^[a-z0-9_-]+$'}}, 'additionalProperties': False}, rule='type')
            data__tracking_is_dict = isinstance(data__tracking, dict)
            if data__tracking_is_dict:
                data__tracking_keys = set(data__tracking.keys())
                if "domains" in data__tracking_keys:
                    data__tracking_keys.remove("domains")
                    data__tracking__domains = data__tracking["domains"]
                    if not isinstance(data__tracking__domains, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".tracking.domains must be array", value=data__tracking__domains, name="" + (name_prefix or "data") + ".tracking.domains", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, rule='type')
                    data__tracking__domains_is_list = isinstance(data__tracking__domains, (list, tuple))
                    if data__tracking__domains_is_list:
                        data__tracking__domains_len = len(data__tracking__domains)
                        for data__tracking__domains_x, data__tracking__domains_item in enumerate(data__tracking__domains):
                            if not isinstance(data__tracking__domains_item, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".tracking.domains[{data__tracking__domains_x}]".format(**locals()) + " must be string", value=data__tracking__domains_item, name="" + (name_prefix or "data") + ".tracking.domains[{data__tracking__domains_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                            if isinstance(data__tracking__domains_item, str):
                                data__tracking__domains_item_len = len(data__tracking__domains_item)
                                if data__tracking__domains_item_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".tracking.domains[{data__tracking__domains_x}]".format(**locals()) + " must be longer than or equal to 1 characters", value=data__tracking__domains_item, name="" + (name_prefix or "data") + ".tracking.domains[{data__tracking__domains_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                if "required" in data__tracking_keys:
                    data__tracking_keys.remove("required")
                    data__tracking__required = data__tracking["required"]
                    if not isinstance(data__tracking__required, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".tracking.required must be array", value=data__tracking__required, name="" + (name_prefix or "data") + ".tracking.required", definition={'type': 'array', 'items': {'type': 'string', 'pattern': '^utm_[a-z_]+$'}}, rule='type')
                    data__tracking__required_is_list = isinstance(data__tracking__required, (list, tuple))
                    if data__tracking__required_is_list:
                        data__tracking__required_len = len(data__tracking__required)
                        for data__tracking__required_x, data__tracking__required_item in enumerate(data__tracking__required):
                            if not isinstance(data__tracking__required_item, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".tracking.required[{data__tracking__required_x}]".format(**locals()) + " must be string", value=data__tracking__required_item, name="" + (name_prefix or "data") + ".tracking.required[{data__tracking__required_x}]".format(**locals()) + "", definition={'type': 'string', 'pattern': '^utm_[a-z_]+$'}, rule='type')
                            if isinstance(data__tracking__required_item, str):
                                if not REGEX_PATTERNS['^utm_[a-z_]+$'].search(data__tracking__required_item):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".tracking.required[{data__tracking__required_x}]".format(**locals()) + " must match pattern ^utm_[a-z_]+$", value=data__tracking__required_item, name="" + (name_prefix or "data") + ".tracking.required[{data__tracking__required_x}]".format(**locals()) + "", definition={'type': 'string', 'pattern': '^utm_[a-z_]+$'}, rule='pattern')
                if "medium" in data__tracking_keys:
                    data__tracking_keys.remove("medium")
                    data__tracking__medium = data__tracking["medium"]
                    if not isinstance(data__tracking__medium, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".tracking.medium must be string", value=data__tracking__medium, name="" + (name_prefix or "data") + ".tracking.medium", definition={'type': 'string', 'pattern': '^[a-z0-9_-]+$'}, rule='type')
                    if isinstance(data__tracking__medium, str):
                        if not REGEX_PATTERNS['^[a-z0-9_-]+$'].search(data__tracking__medium):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".tracking.medium must match pattern ^[a-z0-9_-]+$", value=data__tracking__medium, name="" + (name_prefix or "data") + ".tracking.medium", definition={'type': 'string', 'pattern': '^[a-z0-9_-]+$'}, rule='pattern')
                if data__tracking_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".tracking must not contain "+str(data__tracking_keys)+" properties", value=data__tracking, name="" + (name_prefix or "data") + ".tracking", definition={'type': 'object', 'properties': {'domains': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'required': {'type': 'array', 'items': {'type': 'string', 'pattern': '^utm_[a-z_]+$'}}, 'medium': {'type': 'string', 'pattern': '^[a-z0-9_-]+$'}}, 'additionalProperties': False}, rule='additionalProperties')
        if "safety" in data_keys:
            data_keys.remove("safety")
            data__safety = data["safety"]
            if not isinstance(data__safety, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".safety must be object", value=data__safety, name="" + (name_prefix or "data") + ".safety", definition={'type': 'object', 'properties': {'blocked_words': {'anyOf': [{'type': 'string', 'minLength': 1}, {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}], 'description': 'a word-list file (one term per line, # comments) or a list of files'}, 'sensitive_topics': {'type': 'object', 'additionalProperties': {'type': 'object', 'properties': {'keywords': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'help': {'type': 'string', 'minLength': 1}}, 'required': ['help'], 'additionalProperties': False}}}, 'additionalProperties': False}, rule='type')
            data__safety_is_dict = isinstance(data__safety, dict)
            if data__safety_is_dict:
                data__safety_keys = set(data__safety.keys())
                if "blocked_words" in data__safety_keys:
                    data__safety_keys.remove("blocked_words")
                    data__safety__blockedwords = data__safety["blocked_words"]
                    data__safety__blockedwords_any_of_count1 = 0
                    if not data__safety__blockedwords_any_of_count1:
                        try:
                            if not isinstance(data__safety__blockedwords, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".safety.blocked_words must be string", value=data__safety__blockedwords, name="" + (name_prefix or "data") + ".safety.blocked_words", definition={'type': 'string', 'minLength': 1}, rule='type')
                            if isinstance(data__safety__blockedwords, str):
                                data__safety__blockedwords_len = len(data__safety__blockedwords)
                                if data__safety__blockedwords_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".safety.blocked_words must be longer than or equal to 1 characters", value=data__safety__blockedwords, name="" + (name_prefix or "data") + ".safety.blocked_words", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                            data__safety__blockedwords_any_of_count1 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__safety__blockedwords_any_of_count1:
                        try:
                            if not isinstance(data__safety__blockedwords, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".safety.blocked_words must be array", value=data__safety__blockedwords, name="" + (name_prefix or "data") + ".safety.blocked_words", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, rule='type')
                            data__safety__blockedwords_is_list = isinstance(data__safety__blockedwords, (list, tuple))
                            if data__safety__blockedwords_is_list:
                                data__safety__blockedwords_len = len(data__safety__blockedwords)
                                for data__safety__blockedwords_x, data__safety__blockedwords_item in enumerate(data__safety__blockedwords):
                                    if not isinstance(data__safety__blockedwords_item, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".safety.blocked_words[{data__safety__blockedwords_x}]".format(**locals()) + " must be string", value=data__safety__blockedwords_item, name="" + (name_prefix or "data") + ".safety.blocked_words[{data__safety__blockedwords_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                                    if isinstance(data__safety__blockedwords_item, str):
                                        data__safety__blockedwords_item_len = len(data__safety__blockedwords_item)
                                        if data__safety__blockedwords_item_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".safety.blocked_words[{data__safety__blockedwords_x}]".format(**locals()) + " must be longer than or equal to 1 characters", value=data__safety__blockedwords_item, name="" + (name_prefix or "data") + ".safety.blocked_words[{data__safety__blockedwords_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                            data__safety__blockedwords_any_of_count1 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__safety__blockedwords_any_of_count1:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".safety.blocked_words cannot be validated by any definition", value=data__safety__blockedwords, name="" + (name_prefix or "data") + ".safety.blocked_words", definition={'anyOf': [{'type': 'string', 'minLength': 1}, {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}], 'description': 'a word-list file (one term per line, # comments) or a list of files'}, rule='anyOf')
                if "sensitive_topics" in data__safety_keys:
                    data__safety_keys.remove("sensitive_topics")
                    data__safety__sensitivetopics = data__safety["sensitive_topics"]
                    if not isinstance(data__safety__sensitivetopics, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".safety.sensitive_topics must be object", value=data__safety__sensitivetopics, name="" + (name_prefix or "data") + ".safety.sensitive_topics", definition={'type': 'object', 'additionalProperties': {'type': 'object', 'properties': {'keywords': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'help': {'type': 'string', 'minLength': 1}}, 'required': ['help'], 'additionalProperties': False}}, rule='type')
                    data__safety__sensitivetopics_is_dict = isinstance(data__safety__sensitivetopics, dict)
                    if data__safety__sensitivetopics_is_dict:
                        data__safety__sensitivetopics_keys = set(data__safety__sensitivetopics.keys())
                        for data__safety__sensitivetopics_key in data__safety__sensitivetopics_keys:
                            if data__safety__sensitivetopics_key not in []:
                                data__safety__sensitivetopics_value = data__safety__sensitivetopics.get(data__safety__sensitivetopics_key)
                                if not isinstance(data__safety__sensitivetopics_value, (dict)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".safety.sensitive_topics.{data__safety__sensitivetopics_key}".format(**locals()) + " must be object", value=data__safety__sensitivetopics_value, name="" + (name_prefix or "data") + ".safety.sensitive_topics.{data__safety__sensitivetopics_key}".format(**locals()) + "", definition={'type': 'object', 'properties': {'keywords': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'help': {'type': 'string', 'minLength': 1}}, 'required': ['help'], 'additionalProperties': False}, rule='type')
                                data__safety__sensitivetopics_value_is_dict = isinstance(data__safety__sensitivetopics_value, dict)
                                if data__safety__sensitivetopics_value_is_dict:
                                    data__safety__sensitivetopics_value__missing_keys = set(['help']) - data__safety__sensitivetopics_value.keys()
                                    if data__safety__sensitivetopics_value__missing_keys:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".safety.sensitive_topics.{data__safety__sensitivetopics_key}".format(**locals()) + " must contain " + (str(sorted(data__safety__sensitivetopics_value__missing_keys)) + " properties"), value=data__safety__sensitivetopics_value, name="" + (name_prefix or "data") + ".safety.sensitive_topics.{data__safety__sensitivetopics_key}".format(**locals()) + "", definition={'type': 'object', 'properties': {'keywords': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'help': {'type': 'string', 'minLength': 1}}, 'required': ['help'], 'additionalProperties': False}, rule='required')
                                    data__safety__sensitivetopics_value_keys = set(data__safety__sensitivetopics_value.keys())
                                    if "keywords" in data__safety__sensitivetopics_value_keys:
                                        data__safety__sensitivetopics_value_keys.remove("keywords")
                                        data__safety__sensitivetopics_value__keywords = data__safety__sensitivetopics_value["keywords"]
                                        if not isinstance(data__safety__sensitivetopics_value__keywords, (list, tuple)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".safety.sensitive_topics.{data__safety__sensitivetopics_key}.keywords".format(**locals()) + " must be array", value=data__safety__sensitivetopics_value__keywords, name="" + (name_prefix or "data") + ".safety.sensitive_topics.{data__safety__sensitivetopics_key}.keywords".format(**locals()) + "", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, rule='type')
                                        data__safety__sensitivetopics_value__keywords_is_list = isinstance(data__safety__sensitivetopics_value__keywords, (list, tuple))
                                        if data__safety__sensitivetopics_value__keywords_is_list:
                                            data__safety__sensitivetopics_value__keywords_len = len(data__safety__sensitivetopics_value__keywords)
                                            for data__safety__sensitivetopics_value__keywords_x, data__safety__sensitivetopics_value__keywords_item in enumerate(data__safety__sensitivetopics_value__keywords):
                                                if not isinstance(data__safety__sensitivetopics_value__keywords_item, (str)):
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".safety.sensitive_topics.{data__safety__sensitivetopics_key}.keywords[{data__safety__sensitivetopics_value__keywords_x}]".format(**locals()) + " must be string", value=data__safety__sensitivetopics_value__keywords_item, name="" + (name_prefix or "data") + ".safety.sensitive_topics.{data__safety__sensitivetopics_key}.keywords[{data__safety__sensitivetopics_value__keywords_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                                                if isinstance(data__safety__sensitivetopics_value__keywords_item, str):
                                                    data__safety__sensitivetopics_value__keywords_item_len = len(data__safety__sensitivetopics_value__keywords_item)
                                                    if data__safety__sensitivetopics_value__keywords_item_len < 1:
                                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".safety.sensitive_topics.{data__safety__sensitivetopics_key}.keywords[{data__safety__sensitivetopics_value__keywords_x}]".format(**locals()) + " must be longer than or equal to 1 characters", value=data__safety__sensitivetopics_value__keywords_item, name="" + (name_prefix or "data") + ".safety.sensitive_topics.{data__safety__sensitivetopics_key}.keywords[{data__safety__sensitivetopics_value__keywords_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                                    if "help" in data__safety__sensitivetopics_value_keys:
                                        data__safety__sensitivetopics_value_keys.remove("help")
                                        data__safety__sensitivetopics_value__help = data__safety__sensitivetopics_value["help"]
                                        if not isinstance(data__safety__sensitivetopics_value__help, (str)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".safety.sensitive_topics.{data__safety__sensitivetopics_key}.help".format(**locals()) + " must be string", value=data__safety__sensitivetopics_value__help, name="" + (name_prefix or "data") + ".safety.sensitive_topics.{data__safety__sensitivetopics_key}.help".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                                        if isinstance(data__safety__sensitivetopics_value__help, str):
                                            data__safety__sensitivetopics_value__help_len = len(data__safety__sensitivetopics_value__help)
                                            if data__safety__sensitivetopics_value__help_len < 1:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".safety.sensitive_topics.{data__safety__sensitivetopics_key}.help".format(**locals()) + " must be longer than or equal to 1 characters", value=data__safety__sensitivetopics_value__help, name="" + (name_prefix or "data") + ".safety.sensitive_topics.{data__safety__sensitivetopics_key}.help".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                                    if data__safety__sensitivetopics_value_keys:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".safety.sensitive_topics.{data__safety__sensitivetopics_key}".format(**locals()) + " must not contain "+str(data__safety__sensitivetopics_value_keys)+" properties", value=data__safety__sensitivetopics_value, name="" + (name_prefix or "data") + ".safety.sensitive_topics.{data__safety__sensitivetopics_key}".format(**locals()) + "", definition={'type': 'object', 'properties': {'keywords': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'help': {'type': 'string', 'minLength': 1}}, 'required': ['help'], 'additionalProperties': False}, rule='additionalProperties')
                if data__safety_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".safety must not contain "+str(data__safety_keys)+" properties", value=data__safety, name="" + (name_prefix or "data") + ".safety", definition={'type': 'object', 'properties': {'blocked_words': {'anyOf': [{'type': 'string', 'minLength': 1}, {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}], 'description': 'a word-list file (one term per line, # comments) or a list of files'}, 'sensitive_topics': {'type': 'object', 'additionalProperties': {'type': 'object', 'properties': {'keywords': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'help': {'type': 'string', 'minLength': 1}}, 'required': ['help'], 'additionalProperties': False}}}, 'additionalProperties': False}, rule='additionalProperties')
        if "community_rules_url" in data_keys:
            data_keys.remove("community_rules_url")
            data__communityrulesurl = data["community_rules_url"]
            if not isinstance(data__communityrulesurl, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".community_rules_url must be string", value=data__communityrulesurl, name="" + (name_prefix or "data") + ".community_rules_url", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__communityrulesurl, str):
                data__communityrulesurl_len = len(data__communityrulesurl)
                if data__communityrulesurl_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".community_rules_url must be longer than or equal to 1 characters", value=data__communityrulesurl, name="" + (name_prefix or "data") + ".community_rules_url", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "rhythm" in data_keys:
            data_keys.remove("rhythm")
            data__rhythm = data["rhythm"]
            if not isinstance(data__rhythm, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".rhythm must be object", value=data__rhythm, name="" + (name_prefix or "data") + ".rhythm", definition={'type': 'object', 'properties': {'max_posts_per_day': {'anyOf': [{'type': 'integer', 'minimum': 0}, {'type': 'object', 'additionalProperties': {'type': 'integer', 'minimum': 0}}]}, 'min_gap': {'type': 'string', 'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$', 'description': 'e.g. 2h, 90m, 1h30m, 45 min, 1 d, PT2H'}, 'max_high_load_in_a_row': {'type': 'integer', 'minimum': 0}, 'max_same_format_in_a_row': {'type': 'integer', 'minimum': 0}, 'weekly_required': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'max_silence_days': {'type': 'integer', 'minimum': 0}, 'max_posts_per_owner_per_day': {'type': 'integer', 'minimum': 0}}, 'additionalProperties': False}, rule='type')
            data__rhythm_is_dict = isinstance(data__rhythm, dict)
            if data__rhythm_is_dict:
                data__rhythm_keys = set(data__rhythm.keys())
                if "max_posts_per_day" in data__rhythm_keys:
                    data__rhythm_keys.remove("max_posts_per_day")
                    data__rhythm__maxpostsperday = data__rhythm["max_posts_per_day"]
                    data__rhythm__maxpostsperday_any_of_count2 = 0
                    if not data__rhythm__maxpostsperday_any_of_count2:
                        try:
                            if not isinstance(data__rhythm__maxpostsperday, (int)) and not (isinstance(data__rhythm__maxpostsperday, float) and data__rhythm__maxpostsperday.is_integer()) or isinstance(data__rhythm__maxpostsperday, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".rhythm.max_posts_per_day must be integer", value=data__rhythm__maxpostsperday, name="" + (name_prefix or "data") + ".rhythm.max_posts_per_day", definition={'type': 'integer', 'minimum': 0}, rule='type')
                            if isinstance(data__rhythm__maxpostsperday, (int, float)) and not isinstance(data__rhythm__maxpostsperday, bool):
                                if data__rhythm__maxpostsperday < 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".rhythm.max_posts_per_day must be bigger than or equal to 0", value=data__rhythm__maxpostsperday, name="" + (name_prefix or "data") + ".rhythm.max_posts_per_day", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
                            data__rhythm__maxpostsperday_any_of_count2 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__rhythm__maxpostsperday_any_of_count2:
                        try:
                            if not isinstance(data__rhythm__maxpostsperday, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".rhythm.max_posts_per_day must be object", value=data__rhythm__maxpostsperday, name="" + (name_prefix or "data") + ".rhythm.max_posts_per_day", definition={'type': 'object', 'additionalProperties': {'type': 'integer', 'minimum': 0}}, rule='type')
                            data__rhythm__maxpostsperday_is_dict = isinstance(data__rhythm__maxpostsperday, dict)
                            if data__rhythm__maxpostsperday_is_dict:
                                data__rhythm__maxpostsperday_keys = set(data__rhythm__maxpostsperday.keys())
                                for data__rhythm__maxpostsperday_key in data__rhythm__maxpostsperday_keys:
                                    if data__rhythm__maxpostsperday_key not in []:
                                        data__rhythm__maxpostsperday_value = data__rhythm__maxpostsperday.get(data__rhythm__maxpostsperday_key)
                                        if not isinstance(data__rhythm__maxpostsperday_value, (int)) and not (isinstance(data__rhythm__maxpostsperday_value, float) and data__rhythm__maxpostsperday_value.is_integer()) or isinstance(data__rhythm__maxpostsperday_value, bool):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".rhythm.max_posts_per_day.{data__rhythm__maxpostsperday_key}".format(**locals()) + " must be integer", value=data__rhythm__maxpostsperday_value, name="" + (name_prefix or "data") + ".rhythm.max_posts_per_day.{data__rhythm__maxpostsperday_key}".format(**locals()) + "", definition={'type': 'integer', 'minimum': 0}, rule='type')
                                        if isinstance(data__rhythm__maxpostsperday_value, (int, float)) and not isinstance(data__rhythm__maxpostsperday_value, bool):
                                            if data__rhythm__maxpostsperday_value < 0:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".rhythm.max_posts_per_day.{data__rhythm__maxpostsperday_key}".format(**locals()) + " must be bigger than or equal to 0", value=data__rhythm__maxpostsperday_value, name="" + (name_prefix or "data") + ".rhythm.max_posts_per_day.{data__rhythm__maxpostsperday_key}".format(**locals()) + "", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
                            data__rhythm__maxpostsperday_any_of_count2 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__rhythm__maxpostsperday_any_of_count2:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".rhythm.max_posts_per_day cannot be validated by any definition", value=data__rhythm__maxpostsperday, name="" + (name_prefix or "data") + ".rhythm.max_posts_per_day", definition={'anyOf': [{'type': 'integer', 'minimum': 0}, {'type': 'object', 'additionalProperties': {'type': 'integer', 'minimum': 0}}]}, rule='anyOf')
                if "min_gap" in data__rhythm_keys:
                    data__rhythm_keys.remove("min_gap")
                    data__rhythm__mingap = data__rhythm["min_gap"]
                    if not isinstance(data__rhythm__mingap, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".rhythm.min_gap must be string", value=data__rhythm__mingap, name="" + (name_prefix or "data") + ".rhythm.min_gap", definition={'type': 'string', 'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$', 'description': 'e.g. 2h, 90m, 1h30m, 45 min, 1 d, PT2H'}, rule='type')
                    if isinstance(data__rhythm__mingap, str):
                        if not REGEX_PATTERNS['^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$'].search(data__rhythm__mingap):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".rhythm.min_gap must match pattern ^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$", value=data__rhythm__mingap, name="" + (name_prefix or "data") + ".rhythm.min_gap", definition={'type': 'string', 'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$', 'description': 'e.g. 2h, 90m, 1h30m, 45 min, 1 d, PT2H'}, rule='pattern')
                if "max_high_load_in_a_row" in data__rhythm_keys:
                    data__rhythm_keys.remove("max_high_load_in_a_row")
                    data__rhythm__maxhighloadinarow = data__rhythm["max_high_load_in_a_row"]
                    if not isinstance(data__rhythm__maxhighloadinarow, (int)) and not (isinstance(data__rhythm__maxhighloadinarow, float) and data__rhythm__maxhighloadinarow.is_integer()) or isinstance(data__rhythm__maxhighloadinarow, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".rhythm.max_high_load_in_a_row must be integer", value=data__rhythm__maxhighloadinarow, name="" + (name_prefix or "data") + ".rhythm.max_high_load_in_a_row", definition={'type': 'integer', 'minimum': 0}, rule='type')
                    if isinstance(data__rhythm__maxhighloadinarow, (int, float)) and not isinstance(data__rhythm__maxhighloadinarow, bool):
                        if data__rhythm__maxhighloadinarow < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".rhythm.max_high_load_in_a_row must be bigger than or equal to 0", value=data__rhythm__maxhighloadinarow, name="" + (name_prefix or "data") + ".rhythm.max_high_load_in_a_row", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
                if "max_same_format_in_a_row" in data__rhythm_keys:
                    data__rhythm_keys.remove("max_same_format_in_a_row")
                    data__rhythm__maxsameformatinarow = data__rhythm["max_same_format_in_a_row"]
                    if not isinstance(data__rhythm__maxsameformatinarow, (int)) and not (isinstance(data__rhythm__maxsameformatinarow, float) and data__rhythm__maxsameformatinarow.is_integer()) or isinstance(data__rhythm__maxsameformatinarow, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".rhythm.max_same_format_in_a_row must be integer", value=data__rhythm__maxsameformatinarow, name="" + (name_prefix or "data") + ".rhythm.max_same_format_in_a_row", definition={'type': 'integer', 'minimum': 0}, rule='type')
                    if isinstance(data__rhythm__maxsameformatinarow, (int, float)) and not isinstance(data__rhythm__maxsameformatinarow, bool):
                        if data__rhythm__maxsameformatinarow < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".rhythm.max_same_format_in_a_row must be bigger than or equal to 0", value=data__rhythm__maxsameformatinarow, name="" + (name_prefix or "data") + ".rhythm.max_same_format_in_a_row", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
                if "weekly_required" in data__rhythm_keys:
                    data__rhythm_keys.remove("weekly_required")
                    data__rhythm__weeklyrequired = data__rhythm["weekly_required"]
                    if not isinstance(data__rhythm__weeklyrequired, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".rhythm.weekly_required must be array", value=data__rhythm__weeklyrequired, name="" + (name_prefix or "data") + ".rhythm.weekly_required", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, rule='type')
                    data__rhythm__weeklyrequired_is_list = isinstance(data__rhythm__weeklyrequired, (list, tuple))
                    if data__rhythm__weeklyrequired_is_list:
                        data__rhythm__weeklyrequired_len = len(data__rhythm__weeklyrequired)
                        for data__rhythm__weeklyrequired_x, data__rhythm__weeklyrequired_item in enumerate(data__rhythm__weeklyrequired):
                            if not isinstance(data__rhythm__weeklyrequired_item, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".rhythm.weekly_required[{data__rhythm__weeklyrequired_x}]".format(**locals()) + " must be string", value=data__rhythm__weeklyrequired_item, name="" + (name_prefix or "data") + ".rhythm.weekly_required[{data__rhythm__weeklyrequired_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                            if isinstance(data__rhythm__weeklyrequired_item, str):
                                data__rhythm__weeklyrequired_item_len = len(data__rhythm__weeklyrequired_item)
                                if data__rhythm__weeklyrequired_item_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".rhythm.weekly_required[{data__rhythm__weeklyrequired_x}]".format(**locals()) + " must be longer than or equal to 1 characters", value=data__rhythm__weeklyrequired_item, name="" + (name_prefix or "data") + ".rhythm.weekly_required[{data__rhythm__weeklyrequired_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                if "max_silence_days" in data__rhythm_keys:
                    data__rhythm_keys.remove("max_silence_days")
                    data__rhythm__maxsilencedays = data__rhythm["max_silence_days"]
                    if not isinstance(data__rhythm__maxsilencedays, (int)) and not (isinstance(data__rhythm__maxsilencedays, float) and data__rhythm__maxsilencedays.is_integer()) or isinstance(data__rhythm__maxsilencedays, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".rhythm.max_silence_days must be integer", value=data__rhythm__maxsilencedays, name="" + (name_prefix or "data") + ".rhythm.max_silence_days", definition={'type': 'integer', 'minimum': 0}, rule='type')
                    if isinstance(data__rhythm__maxsilencedays, (int, float)) and not isinstance(data__rhythm__maxsilencedays, bool):
                        if data__rhythm__maxsilencedays < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".rhythm.max_silence_days must be bigger than or equal to 0", value=data__rhythm__maxsilencedays, name="" + (name_prefix or "data") + ".rhythm.max_silence_days", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
                if "max_posts_per_owner_per_day" in data__rhythm_keys:
                    data__rhythm_keys.remove("max_posts_per_owner_per_day")
                    data__rhythm__maxpostsperownerperday = data__rhythm["max_posts_per_owner_per_day"]
                    if not isinstance(data__rhythm__maxpostsperownerperday, (int)) and not (isinstance(data__rhythm__maxpostsperownerperday, float) and data__rhythm__maxpostsperownerperday.is_integer()) or isinstance(data__rhythm__maxpostsperownerperday, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".rhythm.max_posts_per_owner_per_day must be integer", value=data__rhythm__maxpostsperownerperday, name="" + (name_prefix or "data") + ".rhythm.max_posts_per_owner_per_day", definition={'type': 'integer', 'minimum': 0}, rule='type')
                    if isinstance(data__rhythm__maxpostsperownerperday, (int, float)) and not isinstance(data__rhythm__maxpostsperownerperday, bool):
                        if data__rhythm__maxpostsperownerperday < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".rhythm.max_posts_per_owner_per_day must be bigger than or equal to 0", value=data__rhythm__maxpostsperownerperday, name="" + (name_prefix or "data") + ".rhythm.max_posts_per_owner_per_day", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
                if data__rhythm_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".rhythm must not contain "+str(data__rhythm_keys)+" properties", value=data__rhythm, name="" + (name_prefix or "data") + ".rhythm", definition={'type': 'object', 'properties': {'max_posts_per_day': {'anyOf': [{'type': 'integer', 'minimum': 0}, {'type': 'object', 'additionalProperties': {'type': 'integer', 'minimum': 0}}]}, 'min_gap': {'type': 'string', 'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$', 'description': 'e.g. 2h, 90m, 1h30m, 45 min, 1 d, PT2H'}, 'max_high_load_in_a_row': {'type': 'integer', 'minimum': 0}, 'max_same_format_in_a_row': {'type': 'integer', 'minimum': 0}, 'weekly_required': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'max_silence_days': {'type': 'integer', 'minimum': 0}, 'max_posts_per_owner_per_day': {'type': 'integer', 'minimum': 0}}, 'additionalProperties': False}, rule='additionalProperties')
        if "channels" in data_keys:
            data_keys.remove("channels")
            data__channels = data["channels"]
            if not isinstance(data__channels, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".channels must be object", value=data__channels, name="" + (name_prefix or "data") + ".channels", definition={'type': 'object', 'additionalProperties': {'type': 'object', 'description': 'limits of a channel (overrides or a new channel): text_limit, counting, more_cut, max_hashtags, hashtags_severity, alt_limit, video_max_seconds, media_required, max_links'}}, rule='type')
            data__channels_is_dict = isinstance(data__channels, dict)
            if data__channels_is_dict:
                data__channels_keys = set(data__channels.keys())
                for data__channels_key in data__channels_keys:
                    if data__channels_key not in []:
                        data__channels_value = data__channels.get(data__channels_key)
                        if not isinstance(data__channels_value, (dict)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".channels.{data__channels_key}".format(**locals()) + " must be object", value=data__channels_value, name="" + (name_prefix or "data") + ".channels.{data__channels_key}".format(**locals()) + "", definition={'type': 'object', 'description': 'limits of a channel (overrides or a new channel): text_limit, counting, more_cut, max_hashtags, hashtags_severity, alt_limit, video_max_seconds, media_required, max_links'}, rule='type')
        if "formats" in data_keys:
            data_keys.remove("formats")
            data__formats = data["formats"]
            if not isinstance(data__formats, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".formats must be object", value=data__formats, name="" + (name_prefix or "data") + ".formats", definition={'type': 'object', 'additionalProperties': {'enum': ['low', 'medium', 'high']}, 'description': 'format name -> cognitive load (adds to or redefines the defaults)'}, rule='type')
            data__formats_is_dict = isinstance(data__formats, dict)
            if data__formats_is_dict:
                data__formats_keys = set(data__formats.keys())
                for data__formats_key in data__formats_keys:
                    if data__formats_key not in []:
                        data__formats_value = data__formats.get(data__formats_key)
                        if not (isinstance(data__formats_value, str) and data__formats_value == 'low' or isinstance(data__formats_value, str) and data__formats_value == 'medium' or isinstance(data__formats_value, str) and data__formats_value == 'high'):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".formats.{data__formats_key}".format(**locals()) + " must be one of ['low', 'medium', 'high']", value=data__formats_value, name="" + (name_prefix or "data") + ".formats.{data__formats_key}".format(**locals()) + "", definition={'enum': ['low', 'medium', 'high']}, rule='enum')
        if "interactive_formats" in data_keys:
            data_keys.remove("interactive_formats")
            data__interactiveformats = data["interactive_formats"]
            if not isinstance(data__interactiveformats, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".interactive_formats must be array", value=data__interactiveformats, name="" + (name_prefix or "data") + ".interactive_formats", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, rule='type')
            data__interactiveformats_is_list = isinstance(data__interactiveformats, (list, tuple))
            if data__interactiveformats_is_list:
                data__interactiveformats_len = len(data__interactiveformats)
                for data__interactiveformats_x, data__interactiveformats_item in enumerate(data__interactiveformats):
                    if not isinstance(data__interactiveformats_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".interactive_formats[{data__interactiveformats_x}]".format(**locals()) + " must be string", value=data__interactiveformats_item, name="" + (name_prefix or "data") + ".interactive_formats[{data__interactiveformats_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__interactiveformats_item, str):
                        data__interactiveformats_item_len = len(data__interactiveformats_item)
                        if data__interactiveformats_item_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".interactive_formats[{data__interactiveformats_x}]".format(**locals()) + " must be longer than or equal to 1 characters", value=data__interactiveformats_item, name="" + (name_prefix or "data") + ".interactive_formats[{data__interactiveformats_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "a11y" in data_keys:
            data_keys.remove("a11y")
            data__a11y = data["a11y"]
            if not isinstance(data__a11y, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".a11y must be object", value=data__a11y, name="" + (name_prefix or "data") + ".a11y", definition={'type': 'object', 'properties': {'chapters_after': {'type': 'integer', 'minimum': 0}, 'alt_info_above': {'type': 'integer', 'minimum': 0}}, 'additionalProperties': False}, rule='type')
            data__a11y_is_dict = isinstance(data__a11y, dict)
            if data__a11y_is_dict:
                data__a11y_keys = set(data__a11y.keys())
                if "chapters_after" in data__a11y_keys:
                    data__a11y_keys.remove("chapters_after")
                    data__a11y__chaptersafter = data__a11y["chapters_after"]
                    if not isinstance(data__a11y__chaptersafter, (int)) and not (isinstance(data__a11y__chaptersafter, float) and data__a11y__chaptersafter.is_integer()) or isinstance(data__a11y__chaptersafter, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".a11y.chapters_after must be integer", value=data__a11y__chaptersafter, name="" + (name_prefix or "data") + ".a11y.chapters_after", definition={'type': 'integer', 'minimum': 0}, rule='type')
                    if isinstance(data__a11y__chaptersafter, (int, float)) and not isinstance(data__a11y__chaptersafter, bool):
                        if data__a11y__chaptersafter < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".a11y.chapters_after must be bigger than or equal to 0", value=data__a11y__chaptersafter, name="" + (name_prefix or "data") + ".a11y.chapters_after", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
                if "alt_info_above" in data__a11y_keys:
                    data__a11y_keys.remove("alt_info_above")
                    data__a11y__altinfoabove = data__a11y["alt_info_above"]
                    if not isinstance(data__a11y__altinfoabove, (int)) and not (isinstance(data__a11y__altinfoabove, float) and data__a11y__altinfoabove.is_integer()) or isinstance(data__a11y__altinfoabove, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".a11y.alt_info_above must be integer", value=data__a11y__altinfoabove, name="" + (name_prefix or "data") + ".a11y.alt_info_above", definition={'type': 'integer', 'minimum': 0}, rule='type')
                    if isinstance(data__a11y__altinfoabove, (int, float)) and not isinstance(data__a11y__altinfoabove, bool):
                        if data__a11y__altinfoabove < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".a11y.alt_info_above must be bigger than or equal to 0", value=data__a11y__altinfoabove, name="" + (name_prefix or "data") + ".a11y.alt_info_above", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
                if data__a11y_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".a11y must not contain "+str(data__a11y_keys)+" properties", value=data__a11y, name="" + (name_prefix or "data") + ".a11y", definition={'type': 'object', 'properties': {'chapters_after': {'type': 'integer', 'minimum': 0}, 'alt_info_above': {'type': 'integer', 'minimum': 0}}, 'additionalProperties': False}, rule='additionalProperties')
        if "calendar" in data_keys:
            data_keys.remove("calendar")
            data__calendar = data["calendar"]
            if not isinstance(data__calendar, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".calendar must be object", value=data__calendar, name="" + (name_prefix or "data") + ".calendar", definition={'type': 'object', 'properties': {'duration': {'type': 'string', 'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$', 'description': 'e.g. 2h, 90m, 1h30m, 45 min, 1 d, PT2H'}, 'name': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}, rule='type')
            data__calendar_is_dict = isinstance(data__calendar, dict)
            if data__calendar_is_dict:
                data__calendar_keys = set(data__calendar.keys())
                if "duration" in data__calendar_keys:
                    data__calendar_keys.remove("duration")
                    data__calendar__duration = data__calendar["duration"]
                    if not isinstance(data__calendar__duration, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".calendar.duration must be string", value=data__calendar__duration, name="" + (name_prefix or "data") + ".calendar.duration", definition={'type': 'string', 'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$', 'description': 'e.g. 2h, 90m, 1h30m, 45 min, 1 d, PT2H'}, rule='type')
                    if isinstance(data__calendar__duration, str):
                        if not REGEX_PATTERNS['^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$'].search(data__calendar__duration):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".calendar.duration must match pattern ^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$", value=data__calendar__duration, name="" + (name_prefix or "data") + ".calendar.duration", definition={'type': 'string', 'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$', 'description': 'e.g. 2h, 90m, 1h30m, 45 min, 1 d, PT2H'}, rule='pattern')
                if "name" in data__calendar_keys:
                    data__calendar_keys.remove("name")
                    data__calendar__name = data__calendar["name"]
                    if not isinstance(data__calendar__name, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".calendar.name must be string", value=data__calendar__name, name="" + (name_prefix or "data") + ".calendar.name", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__calendar__name, str):
                        data__calendar__name_len = len(data__calendar__name)
                        if data__calendar__name_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".calendar.name must be longer than or equal to 1 characters", value=data__calendar__name, name="" + (name_prefix or "data") + ".calendar.name", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                if data__calendar_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".calendar must not contain "+str(data__calendar_keys)+" properties", value=data__calendar, name="" + (name_prefix or "data") + ".calendar", definition={'type': 'object', 'properties': {'duration': {'type': 'string', 'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$', 'description': 'e.g. 2h, 90m, 1h30m, 45 min, 1 d, PT2H'}, 'name': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}, rule='additionalProperties')
        if "rules" in data_keys:
            data_keys.remove("rules")
            data__rules = data["rules"]
            if not isinstance(data__rules, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".rules must be object", value=data__rules, name="" + (name_prefix or "data") + ".rules", definition={'type': 'object', 'additionalProperties': {'anyOf': [{'enum': ['error', 'warning', 'info', 'off']}, {'const': False}], 'description': 'error | warning | info | off'}, 'description': 'per rule (code or name): error | warning | info | off'}, rule='type')
            data__rules_is_dict = isinstance(data__rules, dict)
            if data__rules_is_dict:
                data__rules_keys = set(data__rules.keys())
                for data__rules_key in data__rules_keys:
                    if data__rules_key not in []:
                        data__rules_value = data__rules.get(data__rules_key)
                        data__rules_value_any_of_count3 = 0
                        if not data__rules_value_any_of_count3:
                            try:
                                if not (isinstance(data__rules_value, str) and data__rules_value == 'error' or isinstance(data__rules_value, str) and data__rules_value == 'warning' or isinstance(data__rules_value, str) and data__rules_value == 'info' or isinstance(data__rules_value, str) and data__rules_value == 'off'):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".rules.{data__rules_key}".format(**locals()) + " must be one of ['error', 'warning', 'info', 'off']", value=data__rules_value, name="" + (name_prefix or "data") + ".rules.{data__rules_key}".format(**locals()) + "", definition={'enum': ['error', 'warning', 'info', 'off']}, rule='enum')
                                data__rules_value_any_of_count3 += 1
                            except (JsonSchemaValueException, JsonSchemaValuesException): pass
                        if not data__rules_value_any_of_count3:
                            try:
                                if not (isinstance(data__rules_value, bool) and data__rules_value is False):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".rules.{data__rules_key}".format(**locals()) + " must be same as const definition: False", value=data__rules_value, name="" + (name_prefix or "data") + ".rules.{data__rules_key}".format(**locals()) + "", definition={'const': False}, rule='const')
                                data__rules_value_any_of_count3 += 1
                            except (JsonSchemaValueException, JsonSchemaValuesException): pass
                        if not data__rules_value_any_of_count3:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".rules.{data__rules_key}".format(**locals()) + " cannot be validated by any definition", value=data__rules_value, name="" + (name_prefix or "data") + ".rules.{data__rules_key}".format(**locals()) + "", definition={'anyOf': [{'enum': ['error', 'warning', 'info', 'off']}, {'const': False}], 'description': 'error | warning | info | off'}, rule='anyOf')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://smmlint.invalid/schemas/config.schema.json', 'title': 'smmlint configuration (smmlint.yaml or [tool.smmlint])', 'type': 'object', 'properties': {'timezone': {'type': 'string', 'minLength': 1, 'description': 'IANA zone for naive times, default Europe/Berlin'}, 'language': {'type': 'string', 'pattern': '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$', 'description': 'default post language (de)'}, 'messages': {'enum': ['de', 'en'], 'description': "language of smmlint's own messages (default: from the locale)"}, 'posts': {'type': 'string', 'minLength': 1, 'description': 'where posts live (default posts/)'}, 'max_file_size': {'type': 'integer', 'minimum': 1, 'maximum': 104857600, 'description': 'bytes; larger files are not read (default 1048576, at most 100 MiB)'}, 'team': {'type': 'object', 'additionalProperties': {'type': 'object', 'properties': {'name': {'type': 'string'}, 'email': {'type': 'string'}, 'hours': {'type': 'string', 'minLength': 1, 'description': 'e.g. "Mo-Fr 09:00-17:00"'}, 'absent': {'type': 'array', 'items': {'type': 'string', 'pattern': '^\\d{4}-\\d{2}-\\d{2}(\\.\\.\\d{4}-\\d{2}-\\d{2})?$'}}}, 'additionalProperties': False}}, 'sla': {'type': 'object', 'properties': {'max_response': {'type': 'string', 'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$', 'description': 'e.g. 2h, 90m, 1h30m, 45 min, 1 d, PT2H'}, 'default_response': {'type': 'string', 'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$', 'description': 'e.g. 2h, 90m, 1h30m, 45 min, 1 d, PT2H'}}, 'additionalProperties': False}, 'tracking': {'type': 'object', 'properties': {'domains': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'required': {'type': 'array', 'items': {'type': 'string', 'pattern': '^utm_[a-z_]+$'}}, 'medium': {'type': 'string', 'pattern': '^[a-z0-9_-]+$'}}, 'additionalProperties': False}, 'safety': {'type': 'object', 'properties': {'blocked_words': {'anyOf': [{'type': 'string', 'minLength': 1}, {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}], 'description': 'a word-list file (one term per line, # comments) or a list of files'}, 'sensitive_topics': {'type': 'object', 'additionalProperties': {'type': 'object', 'properties': {'keywords': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'help': {'type': 'string', 'minLength': 1}}, 'required': ['help'], 'additionalProperties': False}}}, 'additionalProperties': False}, 'community_rules_url': {'type': 'string', 'minLength': 1}, 'rhythm': {'type': 'object', 'properties': {'max_posts_per_day': {'anyOf': [{'type': 'integer', 'minimum': 0}, {'type': 'object', 'additionalProperties': {'type': 'integer', 'minimum': 0}}]}, 'min_gap': {'type': 'string', 'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$', 'description': 'e.g. 2h, 90m, 1h30m, 45 min, 1 d, PT2H'}, 'max_high_load_in_a_row': {'type': 'integer', 'minimum': 0}, 'max_same_format_in_a_row': {'type': 'integer', 'minimum': 0}, 'weekly_required': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'max_silence_days': {'type': 'integer', 'minimum': 0}, 'max_posts_per_owner_per_day': {'type': 'integer', 'minimum': 0}}, 'additionalProperties': False}, 'channels': {'type': 'object', 'additionalProperties': {'type': 'object', 'description': 'limits of a channel (overrides or a new channel): text_limit, counting, more_cut, max_hashtags, hashtags_severity, alt_limit, video_max_seconds, media_required, max_links'}}, 'formats': {'type': 'object', 'additionalProperties': {'enum': ['low', 'medium', 'high']}, 'description': 'format name -> cognitive load (adds to or redefines the defaults)'}, 'interactive_formats': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'a11y': {'type': 'object', 'properties': {'chapters_after': {'type': 'integer', 'minimum': 0}, 'alt_info_above': {'type': 'integer', 'minimum': 0}}, 'additionalProperties': False}, 'calendar': {'type': 'object', 'properties': {'duration': {'type': 'string', 'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$', 'description': 'e.g. 2h, 90m, 1h30m, 45 min, 1 d, PT2H'}, 'name': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}, 'rules': {'type': 'object', 'additionalProperties': {'anyOf': [{'enum': ['error', 'warning', 'info', 'off']}, {'const': False}], 'description': 'error | warning | info | off'}, 'description': 'per rule (code or name): error | warning | info | off'}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

validate = validate_https___smmlint_invalid_schemas_config_schema_json

SCHEMA = {'$schema': 'https://json-schema.org/draft/2020-12/schema',
 '$id': 'https://smmlint.invalid/schemas/config.schema.json',
 'title': 'smmlint configuration (smmlint.yaml or [tool.smmlint])',
 'type': 'object',
 'properties': {'timezone': {'type': 'string',
                             'minLength': 1,
                             'description': 'IANA zone for naive times, default Europe/Berlin'},
                'language': {'type': 'string',
                             'pattern': '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$',
                             'description': 'default post language (de)'},
                'messages': {'enum': ['de', 'en'],
                             'description': "language of smmlint's own messages (default: from the "
                                            'locale)'},
                'posts': {'type': 'string',
                          'minLength': 1,
                          'description': 'where posts live (default posts/)'},
                'max_file_size': {'type': 'integer',
                                  'minimum': 1,
                                  'maximum': 104857600,
                                  'description': 'bytes; larger files are not read (default '
                                                 '1048576, at most 100 MiB)'},
                'team': {'type': 'object',
                         'additionalProperties': {'type': 'object',
                                                  'properties': {'name': {'type': 'string'},
                                                                 'email': {'type': 'string'},
                                                                 'hours': {'type': 'string',
                                                                           'minLength': 1,
                                                                           'description': 'e.g. '
                                                                                          '"Mo-Fr '
                                                                                          '09:00-17:00"'},
                                                                 'absent': {'type': 'array',
                                                                            'items': {'type': 'string',
                                                                                      'pattern': '^\\d{4}-\\d{2}-\\d{2}(\\.\\.\\d{4}-\\d{2}-\\d{2})?$'}}},
                                                  'additionalProperties': False}},
                'sla': {'type': 'object',
                        'properties': {'max_response': {'type': 'string',
                                                        'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$',
                                                        'description': 'e.g. 2h, 90m, 1h30m, 45 '
                                                                       'min, 1 d, PT2H'},
                                       'default_response': {'type': 'string',
                                                            'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$',
                                                            'description': 'e.g. 2h, 90m, 1h30m, '
                                                                           '45 min, 1 d, PT2H'}},
                        'additionalProperties': False},
                'tracking': {'type': 'object',
                             'properties': {'domains': {'type': 'array',
                                                        'items': {'type': 'string',
                                                                  'minLength': 1}},
                                            'required': {'type': 'array',
                                                         'items': {'type': 'string',
                                                                   'pattern': '^utm_[a-z_]+$'}},
                                            'medium': {'type': 'string',
                                                       'pattern': '^[a-z0-9_-]+$'}},
                             'additionalProperties': False},
                'safety': {'type': 'object',
                           'properties': {'blocked_words': {'anyOf': [{'type': 'string',
                                                                       'minLength': 1},
                                                                      {'type': 'array',
                                                                       'items': {'type': 'string',
                                                                                 'minLength': 1}}],
                                                            'description': 'a word-list file (one '
                                                                           'term per line, # '
                                                                           'comments) or a list of '
                                                                           'files'},
                                          'sensitive_topics': {'type': 'object',
                                                               'additionalProperties': {'type': 'object',
                                                                                        'properties': {'keywords': {'type': 'array',
                                                                                                                    'items': {'type': 'string',
                                                                                                                              'minLength': 1}},
                                                                                                       'help': {'type': 'string',
                                                                                                                'minLength': 1}},
                                                                                        'required': ['help'],
                                                                                        'additionalProperties': False}}},
                           'additionalProperties': False},
                'community_rules_url': {'type': 'string', 'minLength': 1},
                'rhythm': {'type': 'object',
                           'properties': {'max_posts_per_day': {'anyOf': [{'type': 'integer',
                                                                           'minimum': 0},
                                                                          {'type': 'object',
                                                                           'additionalProperties': {'type': 'integer',
                                                                                                    'minimum': 0}}]},
                                          'min_gap': {'type': 'string',
                                                      'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$',
                                                      'description': 'e.g. 2h, 90m, 1h30m, 45 min, '
                                                                     '1 d, PT2H'},
                                          'max_high_load_in_a_row': {'type': 'integer',
                                                                     'minimum': 0},
                                          'max_same_format_in_a_row': {'type': 'integer',
                                                                       'minimum': 0},
                                          'weekly_required': {'type': 'array',
                                                              'items': {'type': 'string',
                                                                        'minLength': 1}},
                                          'max_silence_days': {'type': 'integer', 'minimum': 0},
                                          'max_posts_per_owner_per_day': {'type': 'integer',
                                                                          'minimum': 0}},
                           'additionalProperties': False},
                'channels': {'type': 'object',
                             'additionalProperties': {'type': 'object',
                                                      'description': 'limits of a channel '
                                                                     '(overrides or a new '
                                                                     'channel): text_limit, '
                                                                     'counting, more_cut, '
                                                                     'max_hashtags, '
                                                                     'hashtags_severity, '
                                                                     'alt_limit, '
                                                                     'video_max_seconds, '
                                                                     'media_required, max_links'}},
                'formats': {'type': 'object',
                            'additionalProperties': {'enum': ['low', 'medium', 'high']},
                            'description': 'format name -> cognitive load (adds to or redefines '
                                           'the defaults)'},
                'interactive_formats': {'type': 'array',
                                        'items': {'type': 'string', 'minLength': 1}},
                'a11y': {'type': 'object',
                         'properties': {'chapters_after': {'type': 'integer', 'minimum': 0},
                                        'alt_info_above': {'type': 'integer', 'minimum': 0}},
                         'additionalProperties': False},
                'calendar': {'type': 'object',
                             'properties': {'duration': {'type': 'string',
                                                         'pattern': '^\\s*(PT(\\d+H)?(\\d+M)?|(\\d+\\s*(d|h|m|min)\\s*)+)\\s*$',
                                                         'description': 'e.g. 2h, 90m, 1h30m, 45 '
                                                                        'min, 1 d, PT2H'},
                                            'name': {'type': 'string', 'minLength': 1}},
                             'additionalProperties': False},
                'rules': {'type': 'object',
                          'additionalProperties': {'anyOf': [{'enum': ['error',
                                                                       'warning',
                                                                       'info',
                                                                       'off']},
                                                             {'const': False}],
                                                   'description': 'error | warning | info | off'},
                          'description': 'per rule (code or name): error | warning | info | off'}},
 'additionalProperties': False}
