#!/usr/bin/env python3
"""The boundary audit: every UNO entry point runs its work through guarded().

LibreOffice calls into the extension through a few doors: the methods of the
UNO objects we implement (the dispatch, the sidebar panels, the listeners of
buttons, lists and selections, the service information) and the extern "C"
factories that create those objects. An exception escaping through any of
them crashes the user's office. This script lists every such door in the
given source directory (src/uno by default) and checks that the body of each
one does one of these:

  guarded      hands its work to guarded(); what it does outside (showing
               the outcome, say) only calls noexcept functions or functions
               that are safe in the same sense;
  empty        does nothing at all (an empty body cannot throw);
  delegates    only calls functions of the directory that are safe in that
               sense (dispatch() hands over to run(), a listener to its
               panel's onBuild()); a function called that calls nothing at
               all (`panel_ = nullptr`) counts as safe;
  exempt       carries a reviewed exemption, a comment of the form
                 // boundary-exempt: <why it cannot throw>
               inside the body or on the comment lines right above its
               definition (for getters that return a member or a constant).

Entry points are: every method declared SAL_CALL; every other method marked
override in a class that derives from a cppu:: helper or a css:: interface
(directly or through another class of the directory), unless it overrides a
virtual function declared in the directory (PanelBase::onDispose); the
destructors of those classes (the office's release() runs them); and every
extern "C" function. A call is matched to its definitions by name, preferring
the caller's own class; `throw` statements are left out, since a method may
throw the UNO exception its interface declares. The script prints each entry
point with its verdict and exits with 1 when one fails, 2 when it found no
entry point at all (a parser that sees nothing must not pass).

  scripts/check-boundary.py [DIR]
"""

import pathlib
import re
import sys

KEYWORDS = {
    "if", "for", "while", "switch", "return", "sizeof", "catch", "throw", "alignof",
    "decltype", "static_assert", "noexcept", "new", "delete", "typeid",
    "static_cast", "const_cast", "reinterpret_cast", "dynamic_cast",
}
# Methods that cannot throw: css::uno::Reference's is, clear and get, and the
# standard containers' empty and size.
SAFE_CALLS = {"is", "clear", "get", "empty", "size"}
EXEMPT = re.compile(r"//\s*boundary-exempt:\s*(\S.*)")


def shown(path):
    """`path` relative to the working directory when it lies below it."""
    try:
        return str(path.resolve().relative_to(pathlib.Path.cwd().resolve()))
    except ValueError:
        return str(path)


def owner_classes(qualified):
    """"A::B::C" -> ["A::B::C", "A::B", "A"]: the class and those around it."""
    parts = [p for p in qualified.split("::") if p]
    return ["::".join(parts[:i]) for i in range(len(parts), 0, -1)]


def blank_comments_and_strings(text):
    """`text` with comments, string and character literals replaced by spaces
    (newlines kept), so that offsets and line numbers stay the same."""
    out = list(text)
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
        elif c == '"' or c == "'":
            # a raw string R"( … )" is not used in src/uno; plain literals only
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            j = min(n, j + 1)
            for k in range(i + 1, j - 1):
                if out[k] != "\n":
                    out[k] = " "
            i = j
            continue
        else:
            i += 1
            continue
        for k in range(i, j):
            if out[k] != "\n":
                out[k] = " "
        i = j
    return "".join(out)


def match_brace(code, open_at):
    """The index just past the brace that closes the one at `open_at`."""
    depth = 0
    for i in range(open_at, len(code)):
        if code[i] == "{":
            depth += 1
        elif code[i] == "}":
            depth -= 1
            if depth == 0:
                return i + 1
    return len(code)


def match_paren(code, open_at):
    depth = 0
    for i in range(open_at, len(code)):
        if code[i] == "(":
            depth += 1
        elif code[i] == ")":
            depth -= 1
            if depth == 0:
                return i + 1
    return len(code)


class Source:
    def __init__(self, path):
        self.path = path
        self.text = path.read_text(encoding="utf-8")
        self.code = blank_comments_and_strings(self.text)

    def line(self, offset):
        return self.text.count("\n", 0, offset) + 1

    def enclosing_class(self, offset):
        """The qualified name of the class whose body holds `offset`, or ""."""
        best = ""
        for m in re.finditer(r"\b(?:class|struct)\s+([\w:]+)\s*(?:final\s*)?(?::[^;{]*)?\{", self.code):
            if m.end() - 1 < offset < match_brace(self.code, m.end() - 1):
                best = m.group(1)
        return best


class Function:
    """A function definition: where it is and its body."""

    def __init__(self, source, start, body_open):
        self.source = source
        self.start = start
        self.body_open = body_open
        self.body_close = match_brace(source.code, body_open)

    @property
    def body(self):
        return self.source.code[self.body_open + 1:self.body_close - 1]

    @property
    def body_text(self):
        return self.source.text[self.body_open + 1:self.body_close - 1]

    def qualified_prefix(self):
        """`A::B` for a definition of `A::B::f`, "" for a free function; for
        a function defined inside a class body, that class."""
        code = self.source.code
        head = re.search(r"([\w:]*?)(\w+)\s*\($", code[max(0, self.start - 200):code.find("(", self.start) + 1])
        if head and head.group(1):
            return head.group(1).rstrip(":").replace(" ", "")
        return self.source.enclosing_class(self.start)

    def where(self):
        return f"{shown(self.source.path)}:{self.source.line(self.start)}"

    def exemption(self):
        m = EXEMPT.search(self.body_text)
        if m:
            return m.group(1).strip()
        # The comment lines right above the definition.
        lines = self.source.text[:self.start].split("\n")
        lines.pop()  # the part of the definition's own line before `start`
        while lines and lines[-1].strip().startswith("//"):
            m = EXEMPT.search(lines.pop())
            if m:
                return m.group(1).strip()
        return None


def body_after(code, paren_open):
    """For a declarator whose parameter list opens at `paren_open`: the
    offset of its body's `{`, or None for a declaration (`;`, `= 0`, …)."""
    i = match_paren(code, paren_open)
    m = re.compile(r"\s*(?:const\s*)?(?:noexcept\s*(?:\([^)]*\))?\s*)?(?:override\s*|final\s*)*"
                   r"(?:->\s*[\w:<>, ]+\s*)?").match(code, i)
    j = m.end()
    if j < len(code) and code[j] == ":":  # a constructor's initializer list
        k = code.find("{", j)
        while k >= 0 and re.search(r"[\w>)\]]\s*$", code[j:k]) and code[j:k].count("(") > code[j:k].count(")"):
            k = code.find("{", k + 1)
        return k if k >= 0 else None
    return j if j < len(code) and code[j] == "{" else None


class Audit:
    def __init__(self, directory):
        self.sources = [Source(p) for p in sorted(directory.rglob("*"))
                        if p.suffix in (".h", ".hpp", ".cpp", ".cxx")]
        self.entries = []  # (name, Function or None, where)
        self.uno_classes = set()

    # -- the classes LibreOffice calls into ---------------------------------
    def classes(self):
        """(source, qualified name, base clause, body open, body close)."""
        pattern = re.compile(r"\b(?:class|struct)\s+([\w:]+)\s*(?:final\s*)?(:[^;{]*)?\{")
        for s in self.sources:
            for m in pattern.finditer(s.code):
                yield s, m.group(1), m.group(2) or "", m.end() - 1, match_brace(s.code, m.end() - 1)

    def find_uno_classes(self):
        found = list(self.classes())
        changed = True
        while changed:
            changed = False
            for _, name, bases, _, _ in found:
                short = name.split("::")[-1]
                if short in self.uno_classes:
                    continue
                if re.search(r"\b(cppu|css|com\s*::\s*sun)\s*::", bases) or any(
                        re.search(rf"\b{re.escape(c)}\b", bases) for c in self.uno_classes):
                    self.uno_classes.add(short)
                    changed = True
        return found

    # -- function definitions ------------------------------------------------
    def definitions(self, qualified):
        """Definitions of `Class::name` outside the class, or of a free
        function `name` when `qualified` has no class."""
        out = []
        if "::" in qualified:
            pattern = re.compile(r"\b" + re.escape(qualified).replace(r"::", r"\s*::\s*") + r"\s*\(")
        else:
            pattern = re.compile(r"(?<![\w:.>])" + re.escape(qualified) + r"\s*\(")
        for s in self.sources:
            for m in pattern.finditer(s.code):
                body = body_after(s.code, m.end() - 1)
                if body is not None and not self.inside_a_body(s, m.start()):
                    out.append(Function(s, m.start(), body))
        return out

    def own_virtuals(self):
        if not hasattr(self, "_virtuals"):
            self._virtuals = {n for s in self.sources
                              for n in re.findall(r"\bvirtual\b[^;{}()]*?\b(\w+)\s*\(", s.code)}
        return self._virtuals

    def inside_a_body(self, source, offset):
        """True when `offset` lies in a function body (then a `name(` there is
        a call, not a definition). Class and namespace bodies do not count."""
        code = source.code
        stack = []
        for m in re.finditer(r"[{}]", code[:offset]):
            if m.group() == "{":
                head = code[max(0, m.start() - 400):m.start()]
                kind = "scope" if re.search(
                    r"\b(namespace(\s+[\w:]+)?|(class|struct|union|enum(\s+class)?)\s+[\w:]+[^;{}()]*)\s*$",
                    head) or re.search(r"extern\s*\s*$", head) else "body"
                stack.append(kind)
            elif stack:
                stack.pop()
        return "body" in stack

    def member_definitions(self, name):
        """Every definition of a function called `name` (members or free)."""
        out = []
        pattern = re.compile(r"(?<![\w.>])(?:[\w]+\s*::\s*)*" + re.escape(name) + r"\s*\(")
        for s in self.sources:
            for m in pattern.finditer(s.code):
                if self.inside_a_body(s, m.start()):
                    continue
                body = body_after(s.code, m.end() - 1)
                if body is not None:
                    out.append(Function(s, m.start(), body))
        return out

    # -- the entry points ----------------------------------------------------
    def collect(self):
        for s, name, _, open_at, close_at in self.find_uno_classes():
            short = name.split("::")[-1]
            if short not in self.uno_classes:
                continue
            for member, start, paren in self.members(s, open_at, close_at):
                body = body_after(s.code, paren)
                qualified = f"{name}::{member}"
                if body is not None:
                    self.entries.append((qualified, Function(s, start, body), None))
                else:
                    defs = self.definitions(qualified)
                    where = f"{shown(s.path)}:{s.line(start)}"
                    if not defs:
                        self.entries.append((qualified, None, where))
                    for d in defs:
                        self.entries.append((qualified, d, None))
        for s in self.sources:
            for m in re.finditer(r'\bextern\s+"C"', s.text):
                paren = s.code.find("(", m.end())
                if paren < 0:
                    continue
                head = s.code[m.end():paren]
                if "{" in head:  # extern "C" { … } blocks are not used here
                    continue
                name = re.findall(r"(\w+)\s*$", head)
                body = body_after(s.code, paren)
                if name and body is not None:
                    self.entries.append((f'extern "C" {name[0]}', Function(s, m.start(), body), None))

    def members(self, source, open_at, close_at):
        """Member functions declared at the top level of a class body that are
        SAL_CALL or override: (name, offset, offset of the parameter list)."""
        code = source.code
        i, depth, start = open_at + 1, 0, open_at + 1
        while i < close_at - 1:
            c = code[i]
            if c == "{":
                if depth == 0:
                    yield from self.member_in(source, start, i)
                depth += 1
            elif c == "}":
                depth -= 1
                if depth == 0:
                    start = i + 1
            elif c == ";" and depth == 0:
                yield from self.member_in(source, start, i)
                start = i + 1
            elif c == ":" and depth == 0 and re.search(r"\b(public|private|protected)\s*$", code[start:i]):
                start = i + 1
            i += 1

    def member_in(self, source, start, end):
        segment = source.code[start:end]
        m = re.search(r"(~?\w+)\s*\(", segment)
        if not m or segment.lstrip().startswith(("class ", "struct ", "friend ", "using ")):
            return
        destructor = m.group(1).startswith("~")
        if "SAL_CALL" not in segment and not destructor:
            # An override is an entry point unless it overrides a virtual
            # function of our own (PanelBase::onDispose, ModelObserver).
            if not re.search(r"\boverride\b", segment) or m.group(1) in self.own_virtuals():
                return
        lead = len(segment) - len(segment.lstrip())
        yield m.group(1), start + lead, start + m.end() - 1

    # -- the verdicts --------------------------------------------------------
    def noexcept_function(self, name):
        pattern = re.compile(r"\b" + re.escape(name) + r"\s*\([^;{]*\)\s*(?:const\s*)?noexcept\b(?!\s*\()")
        return any(pattern.search(s.code) for s in self.sources)

    def guarded_function(self, name, seen, owner):
        """Why a call of `name` is not safe, or None when every definition of
        it is (guarded, delegating, trivial or exempt). A caller in class C
        (or in a class nested in C) is taken to call C's own `name` when C
        defines one."""
        defs = self.member_definitions(name)
        if not defs:
            return "not defined here"
        for cls in owner_classes(owner):
            mine = [d for d in defs if d.qualified_prefix() == cls]
            if mine:
                defs = mine
                break
        for d in defs:
            verdict, why = self.verdict(d, seen, callee=True)
            if verdict == "FAIL":
                return why
        return None

    @staticmethod
    def outside_guarded(body):
        """`body` without the work handed to guarded() and without `throw`
        statements (a declared UNO exception may leave on purpose)."""
        out = list(body)
        for m in re.finditer(r"\bguarded\s*\(", body):
            for k in range(m.start(), match_paren(body, m.end() - 1)):
                out[k] = " "
        text = "".join(out)
        return re.sub(r"\bthrow\b[^;]*;", " ", text)

    def verdict(self, fn, seen=None, callee=False):
        """(verdict, why) for a function body. An entry point that calls
        nothing and guards nothing must carry an exemption; a function it
        delegates to may be trivial (`panel_ = nullptr`)."""
        seen = set() if seen is None else seen
        exemption = fn.exemption()
        if exemption:
            return "exempt", exemption
        body = fn.body
        if not body.strip():
            return "empty", ""
        has_guard = re.search(r"\bguarded\s*\(", body) is not None
        outside = self.outside_guarded(body)
        calls = set(re.findall(r"\b(\w+)\s*(?:<[^;(){}]*>)?\s*\(", outside)) - KEYWORDS - SAFE_CALLS
        if not calls and not has_guard:
            if callee:
                return "trivial", ""
            return "FAIL", "does its work outside guarded()"
        unguarded = []
        for c in sorted(calls):
            if self.noexcept_function(c):
                continue
            why = "recursive" if c in seen else self.guarded_function(c, seen | {c}, fn.qualified_prefix())
            if why:
                unguarded.append(f"{c} [{why}]" if why != "not defined here" else c)
        if unguarded:
            return "FAIL", "calls outside guarded(): " + "; ".join(unguarded)
        if has_guard:
            return "guarded", ""
        return "delegates", "to " + ", ".join(sorted(calls))

    def run(self):
        self.collect()
        if not self.entries:
            print("boundary audit: no UNO entry point found; is this the extension's source?")
            return 2
        failures = 0
        rows = []
        for name, fn, where in self.entries:
            if fn is None:
                rows.append((where, name, "FAIL", "declared but no definition found"))
                failures += 1
                continue
            verdict, why = self.verdict(fn)
            failures += verdict == "FAIL"
            rows.append((fn.where(), name, verdict, why))
        width = max(len(r[1]) for r in rows)
        for where, name, verdict, why in rows:
            print(f"{verdict:9} {name:{width}}  {where}" + (f"  ({why})" if why else ""))
        print(f"boundary audit: {len(rows)} entry points, {failures} not through guarded()")
        return 1 if failures else 0


def main(argv):
    directory = pathlib.Path(argv[1] if len(argv) > 1 else
                             pathlib.Path(__file__).resolve().parent.parent / "src" / "uno")
    if not directory.is_dir():
        print(f"boundary audit: {directory} is not a directory", file=sys.stderr)
        return 2
    return Audit(directory).run()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
