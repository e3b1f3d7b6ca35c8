#!/usr/bin/env python3
"""Shared parts of the editor end-to-end tests.

  e2e.py plan CASES.json ROOT > plan.json     resolve the cases into files and 1-based lines
  e2e.py check plan.json result.json EDITOR   judge what an editor saw; exit 0 when all is there

Every editor harness reads the same plan and writes the same result:
  {"cases": [{"file": ABS, "language": FILETYPE|MAJOR-MODE|LANGUAGE-ID,
              "diagnostics": [{"code", "line", "character", "source", "message"}],
              "hover": TEXT|null, "completion_labels": [...], "definition": {"file", "line"}|null,
              "error": TEXT?}],
   "unopened": {"file", "opened": BOOL, "diagnostics": [...]} | {"unsupported": WHY},
   "error": TEXT?}
"""
import hashlib
import json
import os
import re
import sys


def resolve_line(lines, spec, what):
    if isinstance(spec, int):
        return spec
    if spec == "end":
        # the line after the last one: the harness appends an empty line there
        return len(lines) + 1 if lines and lines[-1] != "" else max(len(lines), 1)
    # {"match": RE} is the first line matching RE; {"match": RE, "after": RE2} the first one
    # after the first line matching RE2
    start = 0
    if "after" in spec:
        start = resolve_line(lines, {"match": spec["after"]}, what)
    pattern = re.compile(spec["match"])
    for number, text in enumerate(lines[start:], start=start + 1):
        if pattern.search(text):
            return number
    raise SystemExit("e2e plan: no line matches %r (%s)" % (spec["match"], what))


def plan(cases_path, root):
    with open(cases_path) as f:
        cases_file = json.load(f)
    cases = cases_file["cases"]
    out = []
    for case in cases:
        path = os.path.join(root, case["file"])
        with open(path) as f:
            text = f.read()
        lines = text.split("\n")
        if text.endswith("\n"):
            lines = lines[:-1]
        item = {"file": os.path.abspath(path), "diagnostics": [], "language": case.get("language", {}),
                "sha256": hashlib.sha256(text.encode()).hexdigest()}
        for d in case.get("diagnostics", []):
            item["diagnostics"].append({"code": d["code"], "line": resolve_line(lines, d["line"], d["code"])})
        if "hover" in case:
            item["hover"] = case["hover"]
        if "completion" in case:
            c = case["completion"]
            item["completion"] = {"line": resolve_line(lines, c["blank_line_at"], c["label"]), "label": c["label"]}
        if "definition" in case:
            d = case["definition"]
            line = resolve_line(lines, d["at"], "definition")
            column = lines[line - 1].index(d["column"]) + len(d["column"])
            target = os.path.join(root, d["target"]["file"])
            with open(target) as f:
                target_lines = f.read().split("\n")
            item["definition"] = {"line": line, "character": column, "target": {
                "file": os.path.abspath(target), "line": resolve_line(target_lines, d["target"]["line"], "target")}}
        out.append(item)
    unopened = None
    if "unopened" in cases_file:
        u = cases_file["unopened"]
        path = os.path.abspath(os.path.join(root, u["file"]))
        if path in {c["file"] for c in out}:
            raise SystemExit("e2e plan: %s is opened by a case, it cannot be the unopened file" % u["file"])
        with open(path) as f:
            lines = f.read().split("\n")
        unopened = {"file": path, "code": u["code"], "line": resolve_line(lines, u["line"], u["code"]),
                    "may_skip": u.get("may_skip", {})}
    timeout = int(os.environ.get("DISTLINT_E2E_TIMEOUT", "30"))
    json.dump({"timeout_ms": timeout * 1000, "cases": out, "unopened": unopened}, sys.stdout, indent=1)
    print()


def check(plan_path, result_path, editor):
    with open(plan_path) as f:
        the_plan = json.load(f)
    try:
        with open(result_path) as f:
            result = json.load(f)
    except (OSError, ValueError) as e:
        print("%s: FAIL no result (%s)" % (editor, e))
        return 1
    failures = []
    if result.get("error"):
        failures.append("harness error: %s" % result["error"])
    seen = {c.get("file"): c for c in result.get("cases", [])}
    for case in the_plan["cases"]:
        name = os.path.relpath(case["file"])
        with open(case["file"], "rb") as f:
            if hashlib.sha256(f.read()).hexdigest() != case["sha256"]:
                failures.append("%s: the editor changed the file on disk" % name)
        got = seen.get(case["file"])
        if got is None:
            failures.append("%s: not opened" % name)
            continue
        if got.get("error"):
            failures.append("%s: %s" % (name, got["error"]))
        language = case.get("language", {}).get(editor)
        if language and got.get("language") != language:
            failures.append("%s: opened as %s, not %s" % (name, got.get("language"), language))
        diags = [d for d in got.get("diagnostics", []) if d.get("source") == "distlint"]
        found = {(d.get("code"), d.get("line")) for d in diags}
        for want in case["diagnostics"]:
            if (want["code"], want["line"]) not in found:
                failures.append("%s: no %s diagnostic on line %d (distlint reported: %s)" % (
                    name, want["code"], want["line"],
                    ", ".join("%s@%s" % (d.get("code"), d.get("line")) for d in diags) or "nothing"))
        if "hover" in case:
            hover = got.get("hover") or ""
            for needle in case["hover"]["contains"]:
                if needle not in hover:
                    failures.append("%s: hover on %s lacks %r (got %r)" % (
                        name, case["hover"]["code"], needle, hover[:200]))
        if "completion" in case:
            labels = got.get("completion_labels") or []
            if case["completion"]["label"] not in labels:
                failures.append("%s: completion on line %d lacks %r (got %s)" % (
                    name, case["completion"]["line"], case["completion"]["label"], labels[:10]))
        if "definition" in case:
            want, got_def = case["definition"]["target"], got.get("definition") or {}
            if (got_def.get("file"), got_def.get("line")) != (want["file"], want["line"]):
                failures.append("%s: go-to-definition from line %d went to %s:%s, not %s:%d" % (
                    name, case["definition"]["line"], got_def.get("file") and os.path.relpath(got_def["file"]),
                    got_def.get("line"), os.path.relpath(want["file"]), want["line"]))
    failures += check_unopened(the_plan.get("unopened"), result.get("unopened") or {}, editor)
    for f in failures:
        print("%s: FAIL %s" % (editor, f))
    if not failures:
        checks = sum(len(c["diagnostics"]) + ("hover" in c) + ("completion" in c) + ("definition" in c)
                     + bool(c.get("language")) for c in the_plan["cases"])
        checks += bool(the_plan.get("unopened")) and "unsupported" not in (result.get("unopened") or {})
        print("%s: ok, %d checks on %d files" % (editor, checks, len(the_plan["cases"])))
    return 1 if failures else 0


def check_unopened(want, got, editor):
    """The finding of a file the editor has not opened must be listed, unless the plan lets
    this editor skip it and the harness said why it cannot."""
    if not want:
        return []
    name = os.path.relpath(want["file"])
    if "unsupported" in got:
        if editor in want["may_skip"]:
            print("%s: not checked: a finding in an unopened file (%s)" % (editor, got["unsupported"]))
            return []
        return ["%s: unopened-file diagnostics not checked (%s), and only %s may skip them" % (
            name, got["unsupported"], ", ".join(want["may_skip"]) or "no editor")]
    if got.get("file") != want["file"]:
        return ["%s: the harness did not look at the unopened file (it looked at %s)" % (name, got.get("file"))]
    if got.get("opened"):
        return ["%s: the harness opened the file that must stay unopened" % name]
    diags = [d for d in got.get("diagnostics", []) if d.get("source") in ("distlint", None)]
    if (want["code"], want["line"]) not in {(d.get("code"), d.get("line")) for d in diags}:
        return ["%s (not opened): no %s diagnostic on line %d listed (listed: %s)" % (
            name, want["code"], want["line"],
            ", ".join("%s@%s" % (d.get("code"), d.get("line")) for d in diags) or "nothing")]
    return []


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "plan":
        plan(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 5 and sys.argv[1] == "check":
        sys.exit(check(sys.argv[2], sys.argv[3], sys.argv[4]))
    else:
        sys.exit(__doc__)
