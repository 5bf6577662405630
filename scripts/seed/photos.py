"""Deterministic portrait images (valid JPEG/PNG) for thumbnailPhoto and the demo photo folder.

The pictures are drawn, not photographed: a head and shoulders on a coloured background, with
seeded noise so their JPEG sizes spread over the range real thumbnails have. Everything derives
from the random.Random passed in, so the same seed gives byte-identical files.
"""

import io
import struct

from PIL import Image, ImageDraw

SKIN = [(255, 224, 189), (241, 194, 125), (224, 172, 105), (198, 134, 66), (141, 85, 36),
        (92, 56, 30)]
HAIR = [(20, 20, 20), (80, 50, 20), (160, 110, 50), (220, 200, 140), (120, 120, 120),
        (170, 60, 20)]


def portrait(rng, width, height=None, noise=0.0, mode="RGB"):
    """A head-and-shoulders drawing of width x height pixels (square by default)."""
    height = height or width
    bg = tuple(rng.randrange(90, 230) for _ in range(3))
    img = Image.new("RGB", (width, height), bg)
    d = ImageDraw.Draw(img)
    s = min(width, height) / 96
    ox, oy = (width - 96 * s) / 2, (height - 96 * s) / 2  # centre the figure

    def box(x0, y0, x1, y1):
        return [ox + x0 * s, oy + y0 * s, ox + x1 * s, oy + y1 * s]

    skin, hair = rng.choice(SKIN), rng.choice(HAIR)
    shirt = tuple(rng.randrange(20, 200) for _ in range(3))
    d.ellipse(box(14, 70, 82, 130), fill=shirt)
    d.rectangle(box(40, 55, 56, 75), fill=skin)
    d.ellipse(box(26, 12, 70, 62), fill=hair)
    d.ellipse(box(29, 20, 67, 66), fill=skin)
    d.ellipse(box(37, 36, 42, 40), fill=(40, 40, 40))
    d.ellipse(box(54, 36, 59, 40), fill=(40, 40, 40))
    d.arc(box(40, 44, 56, 56), 20, 160, fill=(120, 50, 50), width=max(1, int(s)))
    if noise > 0:
        grain = Image.frombytes("L", (width, height), rng.randbytes(width * height))
        img = Image.blend(img, grain.convert("RGB"), noise)
    return img.convert(mode) if mode != "RGB" else img


def encode(img, fmt="JPEG", **kw):
    buf = io.BytesIO()
    img.save(buf, fmt, **kw)
    return buf.getvalue()


# (pixels, noise, quality) combinations a thumbnail is drawn with; their typical sizes are
# measured once per process (see _calibrated) so that one encode per photo usually suffices.
_COMBOS = [(px, noise, q) for px in (96, 192, 240) for noise in (0.0, 0.05, 0.1, 0.2, 0.35)
           for q in (60, 75, 85, 92)]
_CALIBRATION = {}


def _calibrated(combo):
    if combo not in _CALIBRATION:
        import random

        sizes = [len(encode(portrait(random.Random(i), combo[0], noise=combo[1]),
                            quality=combo[2])) for i in range(3)]
        _CALIBRATION[combo] = sum(sizes) // len(sizes)
    return _CALIBRATION[combo]


def thumbnail_jpeg(rng, min_bytes, max_bytes):
    """A square JPEG portrait (96, 192 or 240 px) of min_bytes..max_bytes, sizes spread over
    the range (deterministic for a given rng state)."""
    fitting = [c for c in _COMBOS if min_bytes * 1.15 <= _calibrated(c) <= max_bytes * 0.85]
    img_seed = rng.getrandbits(64)
    order = rng.sample(fitting, len(fitting))
    best = None
    for combo in order[:4]:
        px, noise, quality = combo
        data = encode(portrait(_fork(img_seed), px, noise=noise), quality=quality)
        if min_bytes <= len(data) <= max_bytes:
            return data
        if best is None or abs(len(data) - (min_bytes + max_bytes) / 2) < abs(
                len(best) - (min_bytes + max_bytes) / 2):
            best = data
    return best


def jpeg_of_exact_size(rng, size, px=320):
    """A valid JPEG of exactly `size` bytes: a portrait a little smaller, padded with COM
    (comment) segments right after SOI."""
    img_seed = rng.getrandbits(64)
    for quality in (95, 92, 90, 85, 80, 75, 70, 60, 50):
        for noise in (0.35, 0.2, 0.1):
            data = encode(portrait(_fork(img_seed), px, noise=noise), quality=quality)
            if len(data) <= size - 4:
                return pad_jpeg(data, size)
    raise ValueError("cannot make a JPEG of %d bytes at %d px" % (size, px))


def pad_jpeg(data, size):
    """Insert COM segments after SOI so the JPEG is exactly `size` bytes."""
    assert data[:2] == b"\xff\xd8"
    deficit = size - len(data)
    if deficit == 0:
        return data
    if deficit < 4:
        raise ValueError("cannot pad by fewer than 4 bytes")
    segments = []
    while deficit:
        take = min(deficit, 65537)  # marker (2) + length (2) + up to 65533 bytes of text
        if deficit - take in (1, 2, 3):
            take -= 4  # leave room for one more minimal segment
        payload = (b"adphoto seed padding " * (take // 21 + 1))[: take - 4]
        segments.append(b"\xff\xfe" + struct.pack(">H", len(payload) + 2) + payload)
        deficit -= take
    out = data[:2] + b"".join(segments) + data[2:]
    assert len(out) == size
    return out


def _fork(seed):
    import random

    return random.Random(seed)
