#!/usr/bin/python3
"""Validates JSON or YAML documents against a JSON Schema (draft 2020-12) with Debian's
python3-jsonschema (and python3-yaml for YAML). The one schema checker of the test
suites. Run it with /usr/bin/python3, where Debian's modules are.

    json_schema_check.py SCHEMA FILE...              (FILE "-" reads standard input)
        Exit 0 when every document is valid, 1 otherwise, with one line per problem
        on stderr ("FILE: error: WHERE: MESSAGE"); 2 on usage errors.

    json_schema_check.py --verdicts SCHEMA FILE...
        One line per file on stdout: "valid FILE", "invalid FILE: WHERE: MESSAGE" (the
        schema refused it; its best-matching error) or "unreadable FILE: MESSAGE" (not
        even JSON or YAML). Exit 0 when every file was judged, 2 when the schema itself
        is broken or the arguments are wrong. For fixtures that are meant to be invalid.

YAML is read the way galley reads it: a date stays a string, as yaml-cpp has no date type.
"""
import json
import sys

import jsonschema


def load(path):
    if path == "-":
        text = sys.stdin.read()
    else:
        with open(path, "rb") as f:
            text = f.read().decode("utf-8")
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


def one_line(text, limit=200):
    return " ".join(str(text).split())[:limit]


def main(argv):
    verdicts = len(argv) > 1 and argv[1] == "--verdicts"
    if verdicts:
        argv = argv[:1] + argv[2:]
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    status = 0
    for path in argv[2:]:
        try:
            doc = load(path)
        except Exception as e:  # noqa: BLE001 - any parse failure is a finding
            if verdicts:
                print(f"unreadable {path}: {one_line(e)}")
            else:
                print(f"{path}: error: cannot parse: {e}", file=sys.stderr)
                status = 1
            continue
        if verdicts:
            error = jsonschema.exceptions.best_match(validator.iter_errors(doc))
            if error is None:
                print(f"valid {path}")
            else:
                where = "/".join(str(p) for p in error.absolute_path) or "(top)"
                print(f"invalid {path}: {where}: {one_line(error.message)}")
            continue
        for err in sorted(validator.iter_errors(doc), key=lambda e: list(e.path)):
            where = "/".join(str(p) for p in err.path) or "(root)"
            print(f"{path}: error: {where}: {err.message}", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
