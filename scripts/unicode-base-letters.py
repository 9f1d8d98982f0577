#!/usr/bin/env python3
"""Writes src/HumanSecurity.Core/Areas/Data/unicode-base-letters.txt: for every BMP character with a canonical
decomposition (Unicode FormD), the characters left once the decomposition's combining marks (Mn, Mc, Me) are removed.
AreaNames uses it because the store runs with InvariantGlobalization, where string.Normalize does not decompose
non-ASCII text. Data: Python's unicodedata (the Unicode Character Database of its version, written in the header)."""
import pathlib, unicodedata

def decompose(c):
    d = unicodedata.decomposition(c)
    if not d or d.startswith('<'):
        return c
    return ''.join(decompose(chr(int(x, 16))) for x in d.split())

out = pathlib.Path(__file__).resolve().parent.parent / 'src/HumanSecurity.Core/Areas/Data/unicode-base-letters.txt'
lines = [f'# canonical decompositions without combining marks, Unicode {unicodedata.unidata_version}; made by scripts/unicode-base-letters.py']
for cp in range(0x80, 0x10000):
    if 0xD800 <= cp <= 0xDFFF:
        continue
    c = chr(cp)
    base = ''.join(ch for ch in decompose(c) if unicodedata.category(ch) not in ('Mn', 'Mc', 'Me'))
    if base != c:
        lines.append(f'{cp:04X} ' + ' '.join(f'{ord(b):04X}' for b in base))
out.write_text('\n'.join(lines) + '\n', encoding='ascii')
print(f'{out}: {len(lines) - 1} characters')
