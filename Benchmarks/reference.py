#!/usr/bin/env python3
"""The Python reference for `make bench`: the same extraction as Lantern's loader (front matter
with python-frontmatter, the Markdown body with markdown-it-py: headings, list items, tasks), on
every note of a folder, on one core."""
import os
import sys

import frontmatter
from markdown_it import MarkdownIt

md = MarkdownIt("commonmark")
notes = tasks = headings = errors = 0
for folder, _, files in os.walk(sys.argv[1]):
    for name in files:
        if not name.endswith(".md"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8-sig") as f:
            text = f.read()
        try:
            post = frontmatter.loads(text)
        except Exception:
            errors += 1
            continue
        for token in md.parse(post.content):
            if token.type == "heading_open":
                headings += 1
            elif token.type == "inline" and token.content[:3] in ("[ ]", "[x]", "[X]"):
                tasks += 1
        notes += 1
print(f"{notes} notes, {headings} headings, {tasks} tasks, {errors} unreadable")
