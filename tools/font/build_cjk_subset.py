"""Builds public/fonts/aisle-cjk-sc.woff2: a subset of Noto Sans CJK SC (SIL Open Font License 1.1) for
kiosks without a system Chinese font.

It keeps the 3,755 characters of GB2312 level 1 (the common characters of Simplified Chinese), every Han
character in the app's sources (its Chinese messages), CJK punctuation and fullwidth forms; no layout
features or hinting. The family is renamed "Aisle CJK Subset", as the licence asks of a modified font.

usage: python tools/font/build_cjk_subset.py NotoSansCJK-Regular.ttc
  (Debian's fonts-noto-cjk 1:20220127+repack1-1 ships the .ttc; `apt-get download fonts-noto-cjk` and
  `dpkg-deb -x` give it without installing; needs `pip install fonttools brotli`)
"""

import pathlib
import subprocess
import sys
import tempfile

from fontTools.ttLib import TTCollection, TTFont

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "public" / "fonts" / "aisle-cjk-sc.woff2"
FAMILY = "Aisle CJK Subset"


def common_characters() -> set[str]:
    chars = set()
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def source_characters() -> set[str]:
    chars = set()
    for path in (ROOT / "src").rglob("*"):
        if path.suffix in {".ts", ".tsx", ".json"}:
            chars.update(c for c in path.read_text("utf8") if "\u3400" <= c <= "\u9fff")
    return chars


def main(ttc: str) -> None:
    index = next(
        i for i, font in enumerate(TTCollection(ttc).fonts) if font["name"].getDebugName(1) == "Noto Sans CJK SC"
    )
    with tempfile.TemporaryDirectory() as work:
        text = pathlib.Path(work) / "chars.txt"
        text.write_text("".join(sorted(common_characters() | source_characters())), "utf8")
        subset = pathlib.Path(work) / "subset.woff2"
        subprocess.run(
            [sys.executable, "-m", "fontTools.subset", ttc, f"--font-number={index}", f"--text-file={text}",
             "--unicodes=U+3000-303F,U+FF00-FFEF", "--flavor=woff2", f"--output-file={subset}",
             "--layout-features=", "--no-hinting", "--desubroutinize"],
            check=True,
        )
        font = TTFont(subset)
    names = font["name"]
    for name_id in (1, 2, 3, 4, 6, 16, 17, 18, 21, 22):
        names.removeNames(nameID=name_id)
    for name_id, value in ((1, FAMILY), (2, "Regular"), (3, f"{FAMILY} Regular; Aisle"), (4, f"{FAMILY} Regular"),
                           (6, "AisleCJKSubset-Regular")):
        names.setName(value, name_id, 3, 1, 0x409)
    names.setName("A subset of Noto Sans CJK SC made for the Aisle kiosk.", 10, 3, 1, 0x409)
    font.flavor = "woff2"
    font.save(OUT)
    print(f"{OUT.relative_to(ROOT)}: {len(font.getGlyphOrder())} glyphs, {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
