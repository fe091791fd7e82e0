#!/usr/bin/python3
"""Benchmark corpus: N article variants as galley YAML and as pandoc Markdown.

Each variant comes from one of the sample articles (round robin) with its own id, a
varied headline and its body blocks shuffled, so no two files are equal and caches
cannot cheat. The same content is written twice:

  OUT/yaml/aNNNNN.yaml   galley article format (docs/article-format.md)
  OUT/md/aNNNNN.md       pandoc Markdown with a YAML metadata block

With --verbatim the samples are written unchanged (for the single-article latency
run). Images a sample refers to are copied once beside the variants (their paths are
relative to the article). Deterministic: the same samples, count and seed give the
same files. Needs python3-yaml (Debian; already a project dependency) for reading the
samples only; everything it writes is produced by hand below.
"""

import argparse
import json
import pathlib
import random
import re
import shutil
import sys

import yaml


class _SampleLoader(yaml.SafeLoader):
    """SafeLoader that keeps timestamps as the text written, so they round-trip."""


_SampleLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

# Written without quotes so the loader sees a date, not a string that looks like one.
_PLAIN_TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\d([Tt ][0-9:.]+([Zz]|[+-]\d\d:?\d\d)?)?$")

HEADLINE_PREFIXES = ["", "Update: ", "Analysis: ", "Live: ", "Explainer: ", "In brief: ",
                     "Exclusive: ", "Opinion: "]


# ---------------------------------------------------------------------------------
# galley YAML
# ---------------------------------------------------------------------------------

def yaml_scalar(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if value is None:
        return "null"
    text = str(value)
    if _PLAIN_TIMESTAMP.match(text):
        return text
    # A JSON string is a valid YAML double-quoted scalar.
    return json.dumps(text, ensure_ascii=False)


def yaml_lines(value, indent):
    """The block-style lines of a mapping or sequence value, indented by `indent`."""
    pad = " " * indent
    out = []
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, (dict, list)) and item:
                out.append(f"{pad}{key}:")
                out.extend(yaml_lines(item, indent + 2))
            else:
                out.append(f"{pad}{key}: {yaml_flow(item)}")
    else:
        for item in value:
            if isinstance(item, (dict, list)) and item:
                nested = yaml_lines(item, indent + 2)
                out.append(f"{pad}- {nested[0].lstrip()}")
                out.extend(nested[1:])
            else:
                out.append(f"{pad}- {yaml_flow(item)}")
    return out


def yaml_flow(value):
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {yaml_flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(yaml_flow(v) for v in value) + "]"
    return yaml_scalar(value)


def to_galley_yaml(article):
    return "\n".join(yaml_lines(article, 0)) + "\n"


# ---------------------------------------------------------------------------------
# pandoc Markdown
# ---------------------------------------------------------------------------------

def md_block(block):
    """One body block as pandoc Markdown (body text is CommonMark inline already)."""
    if isinstance(block, str):
        return block.strip()
    if "heading" in block:
        return "#" * int(block.get("level", 2)) + " " + block["heading"]
    if "quote" in block:
        text = "> " + block["quote"]
        if block.get("by"):
            text += "\n>\n> — " + block["by"]
        return text
    if "list" in block:
        ordered = block.get("ordered", False)
        return "\n".join((f"{n}. " if ordered else "- ") + item
                         for n, item in enumerate(block["list"], 1))
    if "image" in block:
        caption = block.get("caption") or block.get("alt", "")
        alt = json.dumps(block.get("alt", ""), ensure_ascii=False)
        text = f"![{caption}]({block['image']}){{alt={alt}}}"
        if block.get("credit"):
            text += "\n\n" + block["credit"]
        return text
    if "rule" in block:
        return "* * *"
    raise ValueError(f"unknown body block {block!r}")


def to_markdown(article):
    meta = {"title": article["headline"]}
    if article.get("subheadline"):
        meta["subtitle"] = article["subheadline"]
    if article.get("byline"):
        meta["author"] = [article["byline"]]
    elif article.get("authors"):
        meta["author"] = [a["name"] for a in article["authors"]]
    dateline = article.get("dateline")
    date = None
    for key in ("published", "created", "updated"):
        date = date or article.get(key)
    if isinstance(dateline, dict):
        date = dateline.get("date") or date
    if date:
        meta["date"] = str(date)
    meta["lang"] = article["language"]
    meta["identifier"] = article["id"]
    if article.get("section"):
        meta["subject"] = article["section"]
    if article.get("summary"):
        meta["abstract"] = article["summary"]
    if article.get("keywords"):
        meta["keywords"] = article["keywords"]
    if article.get("source"):
        meta["publisher"] = article["source"]
    if article.get("copyright"):
        meta["rights"] = article["copyright"].get("notice") or article["copyright"]["holder"]
    head = "---\n" + "\n".join(f"{k}: {yaml_flow(v)}" for k, v in meta.items()) + "\n---\n\n"
    body = article["body"]
    blocks = [body] if isinstance(body, str) else [md_block(b) for b in body]
    if isinstance(dateline, dict) and dateline.get("place"):
        blocks.insert(0, f"**{dateline['place']}** —")
    elif isinstance(dateline, str):
        blocks.insert(0, f"**{dateline}** —")
    return head + "\n\n".join(blocks) + "\n"


# ---------------------------------------------------------------------------------
# variants
# ---------------------------------------------------------------------------------

def variant(sample, index, rng):
    article = dict(sample)
    article["id"] = f"{sample['id'][:100]}-v{index:05d}"
    prefix = HEADLINE_PREFIXES[index % len(HEADLINE_PREFIXES)]
    article["headline"] = f"{prefix}{sample['headline']} ({index})"
    body = sample["body"]
    if isinstance(body, str):
        parts = [p for p in re.split(r"\n\s*\n", body.strip()) if p.strip()]
        rng.shuffle(parts)
        article["body"] = "\n\n".join(parts) + "\n"
    else:
        blocks = list(body)
        rng.shuffle(blocks)
        article["body"] = blocks
    return article


def image_paths(article):
    body = article.get("body")
    if isinstance(body, list):
        for block in body:
            if isinstance(block, dict) and "image" in block:
                yield block["image"]
    elif isinstance(body, str):
        yield from re.findall(r"!\[[^\]]*\]\(([^)\s]+)", body)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("samples", nargs="+", type=pathlib.Path, help="sample .yaml files")
    parser.add_argument("-n", "--count", type=int, default=500)
    parser.add_argument("-o", "--out", type=pathlib.Path, required=True)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--verbatim", action="store_true",
                        help="write the samples unchanged (same id, headline and order)")
    args = parser.parse_args()

    samples = []
    for path in args.samples:
        with open(path, encoding="utf-8") as f:
            samples.append((path, yaml.load(f, Loader=_SampleLoader)))
    for sub in ("yaml", "md"):
        folder = args.out / sub
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        for path, sample in samples:
            for rel in image_paths(sample):
                target = folder / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path.parent / rel, target)

    for i in range(1, args.count + 1):
        _, sample = samples[(i - 1) % len(samples)]
        article = sample if args.verbatim else variant(
            sample, i, random.Random(args.seed * 1_000_003 + i))
        stem = f"a{i:05d}"
        (args.out / "yaml" / f"{stem}.yaml").write_text(to_galley_yaml(article), encoding="utf-8")
        (args.out / "md" / f"{stem}.md").write_text(to_markdown(article), encoding="utf-8")
    print(f"gen_corpus: {args.count} articles from {len(samples)} sample(s) in {args.out}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
