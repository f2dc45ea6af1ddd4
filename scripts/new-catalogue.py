#!/usr/bin/env python3
"""Print every catalogue key the code uses as a JSON object (each key to
itself): the start of a new language's i18n/<code>.json. The keys are the
literals inside tr("…"), trf("…", …) and t!("…") under src/ (the same rule
tests/i18n.rs checks the catalogues with)."""
import json
import pathlib
import re

LIT = re.compile(r'(?:\btr|\btrf|\bt!|\btr_html)\(\s*"((?:[^"\\]|\\.)*)"', re.S)


def unescape(s):
    s = re.sub(r'\\\n\s*', '', s)
    return json.loads('"' + re.sub(r'\\u\{([0-9a-fA-F]+)\}', lambda m: '\\u%04x' % int(m.group(1), 16), s) + '"')


root = pathlib.Path(__file__).resolve().parent.parent / 'src'
keys = sorted({unescape(m) for f in root.rglob('*.rs') for m in LIT.findall(f.read_text())})
print(json.dumps({k: k for k in keys}, ensure_ascii=False, indent=1))
