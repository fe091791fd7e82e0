#!/usr/bin/python3
"""Draws the bar charts the samples show, as 640x360 palette PNGs.

archive-chart.png   pages of the Northern Courier archive digitised each year, 2015-2024,
                    in thousands (samples/newsroom-archives-feature.yaml)
port-tonnage.png    cargo through the Halden Bay river port, 2017-2023, in thousand
                    tonnes (samples/river-port-reopens-md.yaml)

Only the standard library is used (zlib for the PNG stream), so every run writes the same
bytes. Run it from anywhere: python3 make-charts.py
"""
import os
import struct
import zlib

WIDTH, HEIGHT = 640, 360

# Palette: 0 paper, 1 ink, 2 grid, 3 bar, 4 highlighted bar, 5 bar shadow
PALETTE = [(250, 248, 243), (34, 34, 34), (214, 210, 200), (46, 94, 140), (196, 82, 44),
           (30, 64, 98)]

# 3x5 digits, one string per row.
DIGITS = {
    "0": ["111", "101", "101", "101", "111"], "1": ["010", "110", "010", "010", "111"],
    "2": ["111", "001", "111", "100", "111"], "3": ["111", "001", "111", "001", "111"],
    "4": ["101", "101", "111", "001", "001"], "5": ["111", "100", "111", "001", "111"],
    "6": ["111", "100", "111", "101", "111"], "7": ["111", "001", "010", "010", "010"],
    "8": ["111", "101", "111", "101", "111"], "9": ["111", "101", "111", "001", "111"],
}


def chart(name, years, values, highlight, top_value, step):
    px = [[0] * WIDTH for _ in range(HEIGHT)]

    def rect(x0, y0, x1, y1, colour):
        for y in range(max(0, y0), min(HEIGHT, y1)):
            row = px[y]
            for x in range(max(0, x0), min(WIDTH, x1)):
                row[x] = colour

    def text(s, x, y, scale, colour):
        for ch in s:
            for r, bits in enumerate(DIGITS[ch]):
                for c, bit in enumerate(bits):
                    if bit == "1":
                        rect(x + c * scale, y + r * scale, x + (c + 1) * scale, y + (r + 1) * scale, colour)
            x += 4 * scale

    left, right, top, bottom = 70, 620, 30, 310
    for value in range(0, top_value + 1, step):
        y = bottom - (bottom - top) * value // top_value
        rect(left, y, right, y + 1, 2)
        label = str(value)
        text(label, left - 10 - len(label) * 12, y - 7, 3, 1)
    rect(left, top, left + 2, bottom + 1, 1)
    rect(left, bottom, right, bottom + 2, 1)
    slot = (right - left) // len(years)
    for i, (year, value) in enumerate(zip(years, values)):
        x0 = left + i * slot + 10
        x1 = x0 + slot - 20
        y0 = bottom - (bottom - top) * value // top_value
        colour = 4 if year == highlight else 3
        rect(x0 + 3, y0 + 3, x1 + 3, bottom, 5)
        rect(x0, y0, x1, bottom, colour)
        text(str(year)[2:], x0 + (x1 - x0) // 2 - 11, bottom + 14, 3, 1)
        text(str(value), x0 + (x1 - x0) // 2 - len(str(value)) * 6, y0 - 20, 3, 1)

    raw = b"".join(b"\x00" + bytes(row) for row in px)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n"
    png += chunk(b"IHDR", struct.pack(">IIBBBBB", WIDTH, HEIGHT, 8, 3, 0, 0, 0))
    png += chunk(b"PLTE", b"".join(bytes(c) for c in PALETTE))
    png += chunk(b"IDAT", zlib.compress(raw, 9))
    png += chunk(b"IEND", b"")
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), name)
    with open(out, "wb") as f:
        f.write(png)
    print("wrote %s (%d bytes)" % (out, len(png)))


def main():
    chart("archive-chart.png", list(range(2015, 2025)), [12, 18, 25, 31, 44, 61, 87, 102, 118, 131],
          highlight=2020, top_value=140, step=20)
    chart("port-tonnage.png", list(range(2017, 2024)), [584, 603, 571, 598, 612, 486, 0],
          highlight=2022, top_value=700, step=100)


if __name__ == "__main__":
    main()
