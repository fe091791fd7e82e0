#!/usr/bin/python3
"""Validates galley articles against the JSON Schema with a real validator.

Usage: validate.py SCHEMA FILE...

Prints one line per file: "valid FILE", "invalid FILE: WHERE: MESSAGE" (the schema
refused it) or "unreadable FILE: MESSAGE" (not even YAML). Exits 0 when every file was
judged, 2 when the schema itself is broken or the arguments are wrong.

Uses Debian's python3-jsonschema and python3-yaml (run it with /usr/bin/python3). YAML
is read the way galley reads it: a date stays a string, as yaml-cpp has no date type.
"""
import json
import sys

import jsonschema
import yaml


class ArticleLoader(yaml.SafeLoader):
    """SafeLoader without the timestamp resolver: 2023-07-10 stays a string."""


ArticleLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    validator_class = jsonschema.Draft202012Validator
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    for path in argv[2:]:
        try:
            with open(path, "rb") as f:
                document = yaml.load(f.read().decode("utf-8"), Loader=ArticleLoader)
        except (UnicodeDecodeError, yaml.YAMLError) as e:
            print("unreadable %s: %s" % (path, " ".join(str(e).split())))
            continue
        error = jsonschema.exceptions.best_match(validator.iter_errors(document))
        if error is None:
            print("valid %s" % path)
        else:
            where = "/".join(str(p) for p in error.absolute_path) or "(top)"
            print("invalid %s: %s: %s" % (path, where, " ".join(error.message.split())[:200]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
