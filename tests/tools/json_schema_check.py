#!/usr/bin/python3
"""Validates JSON (or YAML) documents against a JSON Schema (draft 2020-12) with
Debian's python3-jsonschema. Used by the test suites; exit 0 when every document is
valid, 1 otherwise (one line per problem on stderr), 2 on usage errors.

    json_schema_check.py SCHEMA FILE...    (FILE "-" reads standard input)
"""
import json
import sys

import jsonschema


def load(path):
    text = sys.stdin.read() if path == "-" else open(path, encoding="utf-8").read()
    if path.endswith((".yaml", ".yml")):
        import yaml

        # Dates stay strings, as galley reads them: drop YAML's timestamp resolver.
        class Loader(yaml.SafeLoader):
            pass

        Loader.yaml_implicit_resolvers = {
            k: [r for r in v if r[0] != "tag:yaml.org,2002:timestamp"]
            for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
        }
        return yaml.load(text, Loader=Loader)
    return json.loads(text)


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    schema = json.load(open(argv[1], encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    status = 0
    for path in argv[2:]:
        try:
            doc = load(path)
        except Exception as e:  # noqa: BLE001 - any parse failure is a finding
            print(f"{path}: error: cannot parse: {e}", file=sys.stderr)
            status = 1
            continue
        for err in sorted(validator.iter_errors(doc), key=lambda e: list(e.path)):
            where = "/".join(str(p) for p in err.path) or "(root)"
            print(f"{path}: error: {where}: {err.message}", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
