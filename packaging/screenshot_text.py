"""Does a screenshot of the window (`--screenshot PATH`) show text?

    python packaging/screenshot_text.py window.png      # exit 0: text; 1: none; 2: bad file

Run with a Python that has PySide6 (build/dist-venv): Qt's QImage reads the PNG. Used by
packaging/test.sh and by the release workflow on Windows and macOS.

A window drawn without fonts (offscreen Qt on Windows finds none unless QT_QPA_FONTDIR
points at C:/Windows/Fonts) is still a fine PNG with frames, fields and icons; where the
text belongs there is nothing, or rows of identical missing-glyph boxes. Text is many small
marks of many shapes (letters). So this counts the distinct shapes among the glyph-sized
marks: a window with its text has well over a hundred, one without fonts a handful.
"""

from __future__ import annotations

import sys

MIN_SHAPES = 40  # the window with its text: 140-220 (Linux, DejaVu); drawn without fonts: 10


def glyph_shapes(gray: bytes, width: int, height: int, stride: int) -> int:
    """Distinct shapes of the glyph-sized marks (connected ink pixels, 2 to 40 pixels each
    way) in an 8-bit grey image. Ink is what stands out from the background: dark on a light
    window, light on a dark one."""
    rows = [gray[y * stride:y * stride + width] for y in range(height)]
    light = sum(sum(row[::7]) for row in rows[::7]) / max(1, len(rows[::7]) * len(rows[0][::7])) > 128
    ink = [bytearray(1 if (v < 128 if light else v > 128) else 0 for v in row) for row in rows]
    shapes = set()
    for y0 in range(height):
        line = ink[y0]
        for x0 in range(width):
            if not line[x0]:
                continue
            # Flood-fill one mark (8-connected), clearing it as it goes.
            line[x0] = 0
            stack, pixels = [(x0, y0)], []
            while stack:
                x, y = stack.pop()
                pixels.append((x, y))
                for ny in (y - 1, y, y + 1):
                    if 0 <= ny < height:
                        row = ink[ny]
                        for nx in (x - 1, x, x + 1):
                            if 0 <= nx < width and row[nx]:
                                row[nx] = 0
                                stack.append((nx, ny))
            xs = [p[0] for p in pixels]
            ys = [p[1] for p in pixels]
            left, top = min(xs), min(ys)
            w, h = max(xs) - left + 1, max(ys) - top + 1
            if 2 <= w <= 40 and 2 <= h <= 40:
                shapes.add((w, h, frozenset((x - left, y - top) for x, y in pixels)))
    return len(shapes)


def main(argv: list[str]) -> int:
    from PySide6.QtGui import QImage

    if len(argv) != 1:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    image = QImage(argv[0])
    if image.isNull():
        print(f"screenshot_text: cannot read {argv[0]} as an image", file=sys.stderr)
        return 2
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    gray = bytes(image.constBits())[:image.sizeInBytes()]
    count = glyph_shapes(gray, image.width(), image.height(), image.bytesPerLine())
    print(f"{argv[0]}: {image.width()}x{image.height()}, {count} distinct glyph shapes "
          f"(text needs {MIN_SHAPES})")
    return 0 if count >= MIN_SHAPES else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
