"""Turn pydantic's validation errors into located findings an editor can act on."""

from __future__ import annotations

import difflib
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from generator.content.labels import FIELD_LABELS, PATTERN_FIXES
from generator.content.yaml_source import YamlSource
from generator.findings import Finding, shown_value

M = TypeVar("M", bound=BaseModel)


def validate_model(model: type[M], source: YamlSource) -> tuple[M | None, list[Finding]]:
    data = source.data
    if not isinstance(data, dict):
        return None, [Finding(source.path, source.first_line, "yaml-not-mapping")]
    try:
        return model.model_validate(data), []
    except ValidationError as exc:
        return None, [_finding(model, source, err) for err in exc.errors(include_url=False)]


def _field_name(loc: tuple[Any, ...]) -> str:
    names = [part for part in loc if isinstance(part, str)]
    return names[-1] if names else "?"


def _display_loc(loc: tuple[Any, ...]) -> str:
    """`sections[2].title.mn`: the path an editor can follow in the YAML file."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def _finding(model: type[BaseModel], source: YamlSource, err: ErrorDetails) -> Finding:
    # Keep list indexes and field names; drop pydantic's internal markers such as 'function-after'.
    raw = tuple(err["loc"])
    loc = tuple(p for p in raw[:-1] if isinstance(p, int) or p in FIELD_LABELS or p in _all_fields(model))
    if raw and (
        err["type"] == "extra_forbidden"
        or isinstance(raw[-1], int)
        or raw[-1] in FIELD_LABELS
        or raw[-1] in _all_fields(model)
    ):
        loc += raw[-1:]
    name = _field_name(loc)
    zh_label, en_label, example = FIELD_LABELS.get(name, (name, name, f"{name}: …"))
    params: dict[str, Any] = {"field": _display_loc(loc) or name, "label": zh_label, "label_en": en_label}
    value = err.get("input")
    params["value"] = shown_value(value)
    kind = err["type"]
    line = source.line_of(loc)
    if kind == "missing":
        return Finding(source.path, line, "field-missing", {**params, "example": example})
    if kind == "extra_forbidden":
        allowed = _allowed_fields(model, loc[:-1])
        close = difflib.get_close_matches(name, allowed, n=1, cutoff=0.6)
        hint_code = "field-unknown-hint-similar" if close else "field-unknown-hint-list"
        hint = {"suggestion": close[0]} if close else {"allowed": ", ".join(allowed)}
        return Finding(source.path, line, "field-unknown", {**params, "hint_code": hint_code, **hint})
    if kind.startswith("date"):
        return Finding(source.path, line, "field-date", params)
    if kind == "string_type":
        return Finding(source.path, line, "field-text", params)
    if kind.startswith("bool"):
        return Finding(source.path, line, "field-bool", params)
    if kind == "list_type":
        return Finding(source.path, line, "field-list", {**params, "example": "…"})
    if kind == "literal_error":
        choices = err.get("ctx", {}).get("expected", "")
        return Finding(source.path, line, "field-choice", {**params, "choices": choices})
    if kind == "string_pattern_mismatch":
        fix_zh, fix_en = PATTERN_FIXES.get(name, ("", ""))
        return Finding(source.path, line, "field-pattern", {**params, "fix": fix_zh, "fix_en": fix_en})
    if kind == "string_too_short":
        return Finding(source.path, line, "field-empty", params)
    return Finding(source.path, line, "field-invalid", {**params, "problem": err["msg"]})


def _all_fields(model: type[BaseModel]) -> set[str]:
    names = set(model.model_fields)
    for info in model.model_fields.values():
        for arg in getattr(info.annotation, "__args__", (info.annotation,)):
            for inner in (arg, *getattr(arg, "__args__", ())):
                if isinstance(inner, type) and issubclass(inner, BaseModel):
                    names |= _all_fields(inner)
    return names


def _allowed_fields(model: type[BaseModel], parent: tuple[Any, ...]) -> list[str]:
    current: type[BaseModel] = model
    for part in parent:
        if isinstance(part, int):
            continue
        annotation = current.model_fields[part].annotation
        inner = getattr(annotation, "__args__", (annotation,))
        nested = next((a for a in inner if isinstance(a, type) and issubclass(a, BaseModel)), None)
        if nested is None:
            break
        current = nested
    return list(current.model_fields)
