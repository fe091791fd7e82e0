# A 1500x500 (3:1) RGB panorama: a dusk sky, a skyline, a river with reflections.
import zlib, struct, math
W, H = 1500, 500
rows = []
def skyline(x):
    # building tops: deterministic blocks of varying height
    b = x // 60
    h = 120 + ((b * 37) % 7) * 22 + (60 if b % 5 == 2 else 0)
    if b % 9 == 4 and 20 < x % 60 < 40:
        h += 90  # a tower
    return 330 - h
for y in range(H):
    row = bytearray([0])
    for x in range(W):
        if y < 330:
            t = y / 330
            sky = (int(40 + 200 * t), int(60 + 110 * t), int(120 + 40 * t))
            if y >= skyline(x):
                c = (30, 34, 48)
                if (x // 12 + y // 14) % 7 == 0 and (x % 12) in range(3, 8) and (y % 14) in range(4, 9):
                    c = (235, 200, 110)  # lit windows
            else:
                c = sky
        else:
            t = (y - 330) / 170
            ripple = int(12 * math.sin(x / 23.0 + y / 3.0))
            c = (max(0, 40 + ripple - int(20 * t)), max(0, 70 + ripple - int(30 * t)), max(0, 110 + ripple - int(30 * t)))
        row += bytes(c)
    rows.append(bytes(row))
raw = b"".join(rows)
def chunk(t, d):
    return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
open(__import__("os").path.join(__import__("os").path.dirname(__file__), "panorama.png"), "wb").write(png)
print(len(png))
