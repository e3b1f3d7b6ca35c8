#!/usr/bin/env python3
"""Scale benchmark of the CLI: `distlint check` over generated repositories of growing size.

usage: scale_bench.py --cmd "bin/distlint" [--sizes 1000,2500,5000,10000,19999] [--repeat 3]
                      [--out bench-out] [--json-out FILE] [--lsp-bench PATH/lsp_bench.py]

For each size, a repository made by gen_workspace.py (bench-out/scale-N, generated once) is
checked --repeat times, each run a fresh process. Printed per size: median [min] wall time,
median user and system CPU, peak RSS (the largest of the runs), time per file, and the growth
exponent (the log-log slope of wall time and of CPU time) from the previous size. An exponent near
1 means cost grows linearly with the number of files; below 1, the fixed start-up cost still
weighs. 19,999 is the largest size the scan reads whole (20,000 files, the generator's root
mix.exs included). Wall time suffers from anything else running on the machine; CPU time less.

Where yamllint is installed (on PATH, or --yamllint CMD), it is timed --yamllint-repeat times per
size over the same tree (it reads the YAML files, about a third of them), each run right after a
run of distlint on the tree, so that both see the machine at the same moment (its speed drifts).
The table gives yamllint's median [min-max] and how many times faster distlint checks every file
than yamllint lints the YAML alone: the median of the back-to-back pairs' ratios.

With --lsp-bench (the stdio driver of ../shared/tools), the language server is measured on the
same trees: `distlint lsp` with the tree as its workspace folder, one Kubernetes manifest of the
first service opened; spawn -> initialize, didOpen -> first diagnostics (the workspace scan
included), a one-line edit -> diagnostics, and peak RSS, medians of --repeat fresh servers; with
--yls CMD also yaml-language-server (e.g. "node .../yaml-language-server --stdio") on the same file.
"""
import argparse
import json
import math
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd, repo):
    with tempfile.TemporaryFile() as errf:
        t0 = time.monotonic()
        proc = subprocess.Popen(shlex.split(cmd) + ["check", repo, "--format", "json",
                                                    "--fail-on", "never"],
                                stdout=subprocess.DEVNULL, stderr=errf)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.monotonic() - t0
        errf.seek(0)
        err = errf.read().decode(errors="replace")
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"scale_bench: check of {repo} exited {code}:\n{err}")
    return wall, usage.ru_utime, usage.ru_stime, usage.ru_maxrss / 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cmd", required=True)
    ap.add_argument("--sizes", default="1000,2500,5000,10000,19999")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", default="bench-out")
    ap.add_argument("--json-out")
    ap.add_argument("--lsp-bench", help="path of lsp_bench.py: also measure the language server")
    ap.add_argument("--yamllint", default=shutil.which("yamllint"),
                    help="yamllint command (default: yamllint on PATH; empty: none)")
    ap.add_argument("--yamllint-repeat", type=int, default=3,
                    help="yamllint runs per size, each paired with a distlint run (default 3)")
    ap.add_argument("--yls", help="yaml-language-server command, measured beside the server")
    a = ap.parse_args()
    rows = []
    print("| files | wall s, median [min] | user s | sys s | per file ms (wall / cpu) | peak RSS MB"
          " | exponent (wall / cpu) |")
    print("|---|---|---|---|---|---|---|")
    for n in [int(s) for s in a.sizes.split(",")]:
        repo = os.path.join(a.out, f"scale-{n}")
        if not os.path.isdir(repo):
            subprocess.run([sys.executable, os.path.join(HERE, "gen_workspace.py"), repo,
                            "--files", str(n)], check=True, stdout=subprocess.DEVNULL)
        # a repository of its own, as a user's is: the check starts at its .git, not at the
        # enclosing checkout's (which would be scanned first and find the tree gitignored)
        os.makedirs(os.path.join(repo, ".git"), exist_ok=True)
        runs = [run(a.cmd, repo) for _ in range(a.repeat)]
        row = {
            "files": n,
            "wall_s": statistics.median(r[0] for r in runs),
            "wall_min_s": min(r[0] for r in runs),
            "user_s": statistics.median(r[1] for r in runs),
            "sys_s": statistics.median(r[2] for r in runs),
            "rss_mb": max(r[3] for r in runs),
            "runs": runs,
        }
        cpu = row["user_s"] + row["sys_s"]
        slope = ""
        if rows:
            p = rows[-1]
            lf = math.log(n / p["files"])
            slope = "%.2f / %.2f" % (math.log(row["wall_s"] / p["wall_s"]) / lf,
                                     math.log(cpu / (p["user_s"] + p["sys_s"])) / lf)
        rows.append(row)
        print(f"| {n:,} | {row['wall_s']:.2f} [{row['wall_min_s']:.2f}] | {row['user_s']:.2f}"
              f" | {row['sys_s']:.2f}"
              f" | {1000 * row['wall_s'] / n:.2f} / {1000 * cpu / n:.2f} | {row['rss_mb']:.0f}"
              f" | {slope} |", flush=True)
    if a.yamllint:
        print()
        print("| files | YAML files | yamllint wall s, median [min-max] | distlint wall s (all files),"
              " the paired runs | distlint faster (median of the pairs) |")
        print("|---|---|---|---|---|")
        for row in rows:
            repo = os.path.join(a.out, f"scale-{row['files']}")
            yaml_files = sum(1 for d, _, fs in os.walk(repo) for f in fs
                             if f.endswith((".yaml", ".yml")))
            pairs = []
            for _ in range(max(1, a.yamllint_repeat)):
                ours = run(a.cmd, repo)[0]
                t0 = time.monotonic()
                subprocess.run(shlex.split(a.yamllint) + ["-f", "parsable", repo],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                pairs.append((time.monotonic() - t0, ours))
            walls = [y for y, _ in pairs]
            wall = statistics.median(walls)
            ours = statistics.median(d for _, d in pairs)
            ratio = statistics.median(y / d for y, d in pairs)
            row["yamllint"] = {"yaml_files": yaml_files, "wall_s": wall, "pairs": pairs,
                               "ratio": ratio}
            print(f"| {row['files']:,} | {yaml_files:,} | {wall:.2f} [{min(walls):.2f}-{max(walls):.2f}]"
                  f" | {ours:.2f} | {ratio:.1f}x |", flush=True)
    if a.lsp_bench:
        print()
        print("| files | spawn → initialize ms | open → diagnostics ms | edit → diagnostics ms"
              " | peak RSS MB |")
        print("|---|---|---|---|---|")
        for row in rows:
            lsp = server_run(a, row["files"], a.cmd + " lsp")
            row["lsp"] = lsp
            print(f"| {row['files']:,} | {lsp['startup_ms']:.0f} | {lsp['first_diag_ms']:.0f}"
                  f" | {lsp['change_diag_ms']:.0f} | {lsp['peak_rss_mb']:.0f} |", flush=True)
            if a.yls:
                y = server_run(a, row["files"], a.yls)
                row["yaml_language_server"] = y
                print(f"| {row['files']:,}, yaml-language-server | {y['startup_ms']:.0f}"
                      f" | {y['first_diag_ms']:.0f} | {y['change_diag_ms']:.0f}"
                      f" | {y['peak_rss_mb']:.0f} |", flush=True)
    if a.json_out:
        with open(a.json_out, "w") as f:
            json.dump(rows, f, indent=1)


def server_run(a, n, cmd):
    """A language server on the tree of n files: medians of the driver's summary."""
    repo = os.path.abspath(os.path.join(a.out, f"scale-{n}"))
    target = os.path.join(repo, "apps", "svc0000", "k8s", "deployment.yaml")
    if not os.path.isfile(target):
        target = next(os.path.join(d, f) for d, _, fs in sorted(os.walk(repo)) for f in sorted(fs)
                      if f.endswith(".yaml"))
    out = subprocess.run([sys.executable, a.lsp_bench, "--cmd", cmd, "--file", target,
                          "--root", repo, "--repeat", str(a.repeat), "--changes", "5", "-n", "5",
                          "-q"], capture_output=True, text=True, check=True).stdout
    line = next(l for l in out.splitlines() if l.startswith("JSON "))
    return json.loads(line[5:])["summary"]


if __name__ == "__main__":
    main()
