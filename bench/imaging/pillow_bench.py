#!/usr/bin/python3
"""The peer an admin would script: Pillow with DCT-scaled decoding (Image.draft), EXIF rotation,
ImageOps.fit to N px and a quality bisection under the byte budget, in one process.
Usage: pillow_bench.py SIZE MAX_BYTES FILE...   Prints the number of photos written."""
import io
import sys

from PIL import Image, ImageOps


def prepare(path, size, max_bytes):
    with Image.open(path) as im:
        im.draft("RGB", (size, size))
        im = ImageOps.exif_transpose(im).convert("RGB")
        im = ImageOps.fit(im, (size, size), Image.LANCZOS, centering=(0.5, 0.4))
    low, high, best = 1, 100, None
    while low <= high:
        quality = (low + high) // 2
        out = io.BytesIO()
        im.save(out, "JPEG", quality=quality, optimize=True)
        if out.tell() <= max_bytes:
            best, low = out.getvalue(), quality + 1
        else:
            high = quality - 1
    return best


def main():
    size, max_bytes, files = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
    done = sum(1 for path in files if prepare(path, size, max_bytes) is not None)
    print(done)


if __name__ == "__main__":
    main()
