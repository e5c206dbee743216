"""Reading the OpenAPI document in tests: an enum is a component (`docs.enum_componenten`), referenced where it is
taken; `plat` gives a property's schema as if inline, to compare with the variables' own schemas."""

from __future__ import annotations


def plat(spec: dict, schema: dict) -> dict:
    """`schema` with a referenced enum written inline: `{"$ref"}` as its component, `anyOf: [{"$ref"}, null]` as the
    component with `"null"` in its type and `None` among its members; anything else as it is."""
    keuzes = schema.get("anyOf", [schema])
    refs = [k["$ref"] for k in keuzes if "$ref" in k]
    if len(refs) != 1:
        return schema
    component = spec["components"]["schemas"][refs[0].rsplit("/", 1)[1]]
    rest = {k: w for k, w in schema.items() if k not in ("$ref", "anyOf")}
    if any(k.get("type") == "null" for k in keuzes):
        return {**rest, "type": [component["type"], "null"], "enum": [*component["enum"], None]}
    return {**rest, "type": component["type"], "enum": list(component["enum"])}
