"""JSON Schema of the criteria-set format, published for editors (yaml-language-server)."""

from __future__ import annotations

import json

from hria.models.criteria import CriteriaSet

SCHEMA_ID = "urn:hria:schema:criteria-set:1"


def criteria_set_schema_text() -> str:
    schema = CriteriaSet.model_json_schema()
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}
    schema["title"] = "hria criteria set"
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
