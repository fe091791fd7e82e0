#!/usr/bin/python3
"""WeasyPrint's best one-process mode: many HTML files to PDF through its Python API.

  weasyprint_batch.py LIST OUT_DIR

LIST holds one HTML path a line; each becomes OUT_DIR/<stem>.pdf. The fonts and the
default style sheet are set up once by the first document and reused, which is what
makes this mode faster than one `weasyprint` process per file.
"""

import pathlib
import sys

import weasyprint


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    out_dir = pathlib.Path(sys.argv[2])
    with open(sys.argv[1], encoding="utf-8") as listing:
        for line in listing:
            path = pathlib.Path(line.strip())
            if path.name:
                weasyprint.HTML(filename=str(path)).write_pdf(out_dir / (path.stem + ".pdf"))


if __name__ == "__main__":
    main()
