#!/usr/bin/env python3
"""Validates YAML documents against the generated JSON Schemas (used by tests/schemas.rs).

Usage: schema_check.py SCHEMA_DIR valid=FILE... invalid=FILE...

Every document of a `valid` file must validate against SCHEMA_DIR/bass.schema.json and
against its kind's own schema; some document of an `invalid` file must fail. YAML is read as
YAML 1.2 reads it for the language server: dates stay strings.
"""
import json
import os
import sys

import jsonschema
import yaml


class Loader(yaml.SafeLoader):
    pass


# Keep dates as text (YAML 1.2 core schema, as the YAML language server and bass read them).
Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def errors(schema, doc):
    v = jsonschema.Draft7Validator(schema)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in v.iter_errors(doc)]


def main():
    schema_dir = sys.argv[1]
    schemas = {}
    for name in os.listdir(schema_dir):
        if name.endswith(".schema.json"):
            with open(os.path.join(schema_dir, name), encoding="utf-8") as f:
                schemas[name[: -len(".schema.json")]] = json.load(f)
    for s in schemas.values():
        jsonschema.Draft7Validator.check_schema(s)
    failed = False
    for arg in sys.argv[2:]:
        want, path = arg.split("=", 1)
        with open(path, encoding="utf-8-sig") as f:
            docs = [d for d in yaml.load_all(f, Loader=Loader) if d is not None]
        problems = []
        for d in docs:
            problems += errors(schemas["bass"], d)
            kind = d.get("kind") if isinstance(d, dict) else None
            if kind in schemas and kind != "bass":
                problems += errors(schemas[kind], d)
        if want == "valid" and problems:
            failed = True
            print(f"{path}: should validate, but:\n  " + "\n  ".join(problems))
        if want == "invalid" and not problems:
            failed = True
            print(f"{path}: should not validate, but does")
    sys.exit(1 if failed else 0)


main()
