#!/usr/bin/env python3
"""Regenerates the README's numbers table from the `<!-- readme | ... | -->` rows in benchmarks/results/*.md."""
import glob, os, re
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = []
for f in sorted(glob.glob(os.path.join(root, "benchmarks", "results", "*.md"))):
    rows += [m.group(1) for m in re.finditer(r"<!-- readme (\|.*?\|) -->", open(f, encoding="utf-8").read())]
table = "\n| benchmark | hso | peer | ratio | target |\n|---|---|---|---|---|\n" + "\n".join(rows) + "\n"
readme = os.path.join(root, "README.md")
text = open(readme, encoding="utf-8").read()
text = re.sub(r"<!-- benchmarks:begin -->.*?<!-- benchmarks:end -->", lambda _: "<!-- benchmarks:begin -->" + table + "<!-- benchmarks:end -->", text, flags=re.S)
open(readme, "w", encoding="utf-8").write(text)
print(f"{len(rows)} rows")
