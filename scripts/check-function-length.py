#!/usr/bin/env python3
"""Fails when a function in app/ is longer than the limit (80 lines by default).

    scripts/check-function-length.py [--limit N] [--top N] [--exclude PATH ...] [PATH ...]

Prints every function over the limit as `file:line: name: N lines`, longest first, and with
--top N also the N longest functions whatever their length. Exit status 1 when any function is
over the limit, 0 otherwise. PATH defaults to app/ (files ending in .cpp, .h, .hpp, .cc).

A function's length runs from the first line of its signature to its closing brace. Data tables
(`... = { ... };`, including lambdas assigned at namespace scope) are not functions and are not
measured; a function that only builds a table says so with a comment `// function-length: data
table` just above it (or is named in ALLOWED_TABLES below), and is listed but not counted as
too long. --exclude leaves a folder out of the verdict; its long functions are still listed. The scanner knows C++ comments, string, character and raw string literals, and
preprocessor lines; it does not run the preprocessor, so a function whose braces are split by
#if branches may be measured oddly (none in app/ today).
"""

import argparse
import os
import re
import sys

SOURCE_SUFFIXES = (".cpp", ".h", ".hpp", ".cc")
# A comment with this text on one of the three lines above a function (or on its first line) says
# the function is a table of data (a list of migrations, of languages) and may be long.
TABLE_MARK = "function-length: data table"
# Tables of data in files that cannot carry the mark yet, as (path from the root, function).
# Prefer the mark in the file; move an entry there when its file is next edited.
ALLOWED_TABLES = {
    # The languages the code highlighter knows: names, aliases, keywords, types, comment markers.
    ("app/ui/transcript/CodeLanguage.cpp", "makeLanguages"),
}

# What may follow a function's parameter list before its body: qualifiers, a trailing return
# type, and a constructor's member initialisers.
TAIL = re.compile(
    r"""^\s*(?:(?:const|volatile|noexcept|override|final|mutable|&&|&|Q_DECL_\w+)\s*
            |noexcept\s*\([^()]*\)\s*
            |->\s*[\w:<>,\s*&]+?\s*(?=$|:|\b(?:const|override|final)\b)
            )*(?:(?<!:):(?!:).*)?$""",
    re.S | re.X,
)
SCOPE_HEAD = re.compile(r"^(?:template\s*<.*>\s*)?(?:class|struct|union|namespace)\b|^extern\s*\"C", re.S)
ACCESS = re.compile(r"\b(?:public|private|protected)(?:\s+(?:Q_SLOTS|slots))?\s*:(?!:)|\bQ_SIGNALS\s*:|\bsignals\s*:")
LEAD_IN = re.compile(r"^\s*(?:(?:public|private|protected)(?:\s+(?:Q_SLOTS|slots))?\s*:|Q_SIGNALS\s*:|signals\s*:"
                     r"|[A-Z][A-Z0-9_]*(?:\s*\(.*\))?)?\s*$")
CALL = re.compile(r"(~?[A-Za-z_]\w*(?:\s*::\s*~?[A-Za-z_]\w*)*|operator\s*(?:\(\)|[^\s(]+))\s*\(")


def strip_code(text):
    """The text with comments, literals and preprocessor lines blanked out (newlines kept), so
    that braces and parentheses can be counted and line numbers still match."""
    out = []
    i, n = 0, len(text)
    line_start = True
    while i < n:
        c = text[i]
        if line_start and c in " \t":
            out.append(c)
            i += 1
            continue
        if line_start and c == "#":
            # A preprocessor line, with its backslash continuations.
            while i < n:
                if text[i] == "\\" and i + 1 < n and text[i + 1] == "\n":
                    out.append(" \n")
                    i += 2
                    continue
                if text[i] == "\n":
                    break
                out.append(" ")
                i += 1
            continue
        line_start = False
        if c == "\n":
            out.append(c)
            line_start = True
            i += 1
        elif text.startswith("//", i):
            while i < n and text[i] != "\n":
                out.append(" ")
                i += 1
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            out.append(re.sub(r"[^\n]", " ", text[i:end]))
            i = end
        elif c == "R" and re.match(r'R"([^()\\\s]{0,16})\(', text[i:]) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_") or text[i - 1] in "uU8L"):
            delimiter = re.match(r'R"([^()\\\s]{0,16})\(', text[i:]).group(1)
            end = text.find(")" + delimiter + '"', i)
            end = n if end < 0 else end + len(delimiter) + 2
            out.append(re.sub(r"[^\n]", " ", text[i:end]))
            i = end
        elif c == '"' or (c == "'" and not (i > 0 and text[i - 1].isalnum())):
            # A string or character literal; a ' between digits is a digit separator (1'000).
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
            out.append(" " * (j - i))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def signature(head):
    """(name, what follows the parameter list) if `head` (the text before a `{`) is a function
    signature, else None."""
    if "=" in re.sub(r"operator\s*\S+?\s*\(|[=!<>]=|\([^()]*\)", "", head_without_nested_parens(head)):
        return None  # an initialiser: a data table or a lambda stored in a variable
    for match in CALL.finditer(head):
        depth, j = 0, match.end() - 1
        while j < len(head):
            if head[j] == "(":
                depth += 1
            elif head[j] == ")":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        if depth != 0:
            return None
        if paren_depth_at(head, match.start()) != 0:
            continue
        tail = head[j + 1:]
        if TAIL.match(tail):
            name = re.sub(r"\s+", "", match.group(1))
            return None if name in ("if", "for", "while", "switch", "catch", "return") else (name, tail)
    return None


def paren_depth_at(text, position):
    return text.count("(", 0, position) - text.count(")", 0, position)


def head_without_nested_parens(head):
    """The head with every parenthesised group removed, so default arguments do not look like
    initialisers."""
    result, depth = [], 0
    for c in head:
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            result.append(c)
    return "".join(result)


def functions_in(code):
    """(first line, last line, name) of every function defined at namespace or class scope."""
    found = []
    head_start = None  # offset of the first character of the current declaration
    i, n = 0, len(code)
    line_of = LineIndex(code)

    def skip_block(start):
        depth, j = 0, start
        while j < n:
            if code[j] == "{":
                depth += 1
            elif code[j] == "}":
                depth -= 1
                if depth == 0:
                    return j
            j += 1
        return n - 1

    while i < n:
        c = code[i]
        if c in ";}":
            head_start = None
        elif c == "{":
            head = ACCESS.sub(" ", code[head_start:i] if head_start is not None else "").strip()
            name, tail = (signature(head) if head else None) or (None, "")
            if SCOPE_HEAD.match(head):
                head_start = None  # descend: the scope's own declarations follow
            elif name and re.search(r"(?<!:):(?!:)", tail) and re.search(r"[\w>]\s*$", head):
                # A brace initialiser in a constructor's member initialiser list: m_x{1}.
                i = skip_block(i)
            elif name:
                end = skip_block(i)
                found.append((first_line(code, head_start, i, line_of), line_of(end), name))
                head_start = None
                i = end
            else:
                i = skip_block(i)  # an enum, an aggregate or an initialiser: not a function
                head_start = None
        elif not c.isspace() and head_start is None:
            head_start = i
        i += 1
    return found


def first_line(code, start, brace, line_of):
    """The line a function's signature starts on: the head without the access specifiers and
    the macros (Q_OBJECT, Q_PROPERTY(...)) that stand on lines of their own before it."""
    offset = start
    for line in code[start:brace].splitlines(keepends=True):
        if not LEAD_IN.match(line):
            break
        offset += len(line)
    while offset < brace and code[offset].isspace():
        offset += 1
    return line_of(min(offset, brace))


class LineIndex:
    def __init__(self, text):
        self.starts = [0]
        for position, c in enumerate(text):
            if c == "\n":
                self.starts.append(position + 1)

    def __call__(self, offset):
        lo, hi = 0, len(self.starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo + 1


def source_files(paths):
    for path in paths:
        if os.path.isfile(path):
            yield path
            continue
        for folder, _, names in sorted(os.walk(path)):
            for name in sorted(names):
                if name.endswith(SOURCE_SUFFIXES):
                    yield os.path.join(folder, name)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=80, help="most lines a function may have (80)")
    parser.add_argument("--top", type=int, default=0, help="also print the N longest functions")
    parser.add_argument("--exclude", action="append", default=[], metavar="PATH",
                        help="a folder whose long functions are listed but do not fail the check")
    parser.add_argument("paths", nargs="*", help="files or folders (default: app/)")
    args = parser.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    paths = args.paths or [os.path.join(root, "app")]

    measured = []
    for path in source_files(paths):
        with open(path, encoding="utf-8", errors="replace") as file:
            text = file.read()
        lines = text.splitlines()
        shown = os.path.relpath(path, root) if os.path.abspath(path).startswith(root + os.sep) else path
        for first, last, name in functions_in(strip_code(text)):
            is_table = any(TABLE_MARK in line for line in lines[max(0, first - 4) : first + 1]) \
                or (shown.replace(os.sep, "/"), name) in ALLOWED_TABLES
            measured.append((last - first + 1, shown, first, name, is_table))
    measured.sort(key=lambda entry: (-entry[0], entry[1], entry[2]))

    excluded = [os.path.relpath(os.path.abspath(path), root).replace(os.sep, "/").rstrip("/") + "/"
                for path in args.exclude]
    def is_excluded(path):
        return any(path.replace(os.sep, "/").startswith(folder) for folder in excluded)

    too_long = [entry for entry in measured if entry[0] > args.limit and not entry[4] and not is_excluded(entry[1])]
    for length, path, line, name, _ in too_long:
        print(f"{path}:{line}: {name}: {length} lines (limit {args.limit})")
    for length, path, line, name, _ in (e for e in measured if e[0] > args.limit and not e[4] and is_excluded(e[1])):
        print(f"{path}:{line}: {name}: {length} lines (limit {args.limit}; excluded, not counted)")
    for length, path, line, name, _ in (e for e in measured if e[0] > args.limit and e[4]):
        print(f"{path}:{line}: {name}: {length} lines, a data table (allowed)")
    if args.top:
        print(f"The {min(args.top, len(measured))} longest of {len(measured)} functions:")
        for length, path, line, name, is_table in measured[: args.top]:
            print(f"  {length:4d}  {path}:{line}: {name}{' (data table)' if is_table else ''}")
    if too_long:
        print(f"{len(too_long)} function(s) over {args.limit} lines.")
        return 1
    print(f"No function over {args.limit} lines ({len(measured)} measured).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
