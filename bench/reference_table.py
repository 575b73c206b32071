#!/usr/bin/env python3
"""The table of every configuration of the original grid against the paper: docs/reference-results.md.

usage: bench/reference_table.py [RESULTS_DIR] [OUT.md]   (defaults: results/reference, docs/reference-results.md)

Reads the results directory's results.jsonl (the latest line per configuration and dataset, as fmnist reads it),
expands the original grid (fmnist's built-in baselines.json, every combination of each family's lists, the first
list varying slowest) and the paper's figures (published.json: each family's best configuration; a configuration
matches when it has every parameter the paper names with the same value). Configurations not yet run say "pending".
A configuration more than one point below its published figure is explained: by bench/reference-notes.json ("notes":
a configuration as the table writes it, some of its parameters in the same form, or a family, to a sentence) or, where the paper names fewer parameters than the grid varies, by the
best of the configurations its figure matches. A configuration that timed out or failed is listed below the table
with its note from the same file (by configuration or some of its parameters). The header names the machine the results record and each dataset's
CPU and wall hours, from the journal (repeats.jsonl; wall time is the time some job was running, so the run's stops
are left out). Standard library only; the file is written atomically.
"""
import itertools
import json
import os
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GRIDS = os.path.join(ROOT, "fmnist-classic", "src", "main", "resources", "dev", "fmnist", "classic")
MAX_BYTES = 256 << 20   # the largest results file read, as fmnist's ResultsReader
DATASETS = [("fashion", "Fashion-MNIST"), ("mnist", "MNIST")]
# Combinations the original grid holds that do not run here, and families, with fmnist's reason (docs/classic-grid.md).
NOT_RUN = [
    (lambda f, p: f == "GaussianProcessClassifier",
     "not run: O(n³) time and a 60,000 x 60,000 kernel matrix (docs/classic-grid.md)"),
    (lambda f, p: f == "LogisticRegression" and p.get("multi_class") == "multinomial" and p.get("penalty") == "l1",
     "not run: refused by scikit-learn (multinomial needs the lbfgs solver, l2 only)"),
    # crammer_singer ignores loss and penalty (as in scikit-learn), so only one-vs-rest refuses l1 with hinge.
    (lambda f, p: f == "LinearSVC" and p.get("penalty") == "l1" and p.get("loss") == "hinge"
     and p.get("multi_class") == "ovr",
     "not run: supported by neither LIBLINEAR nor scikit-learn"),
]


def value(v):
    """A parameter value in a comparable form: numbers as floats, "(100,)" as [100.0]."""
    if isinstance(v, bool):
        return v
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, str) and v.startswith("(") and v.endswith(")"):
        return [float(x) for x in v.strip("()").split(",") if x.strip()]
    if isinstance(v, list):
        return [value(x) for x in v]
    return v


def text(v):
    if isinstance(v, float):
        return ("%g" % v)
    if isinstance(v, list):
        return "[" + ", ".join(text(x) for x in v) + "]"
    return str(v)


def key(params):
    return ", ".join("%s=%s" % (k, text(value(params[k]))) for k in sorted(params))


def note_for(notes, family, params, family_wide=True):
    """The note for a configuration: its own, else one naming some of its parameters ("SVC {kernel=linear}"), else
    (when family_wide) the family's; None when there is none."""
    own = notes.get("%s {%s}" % (family, key(params)))
    if own:
        return own
    pairs = set(key(params).split(", "))
    prefix = family + " {"
    for k, note in notes.items():
        if k.startswith(prefix) and k.endswith("}") and set(k[len(prefix):-1].split(", ")) <= pairs:
            return note
    return notes.get(family) if family_wide else None


def configurations(grid):
    for family, blocks in grid["classifiers"].items():
        lists = [(name, values) for block in blocks for name, values in block.items()]
        for combo in itertools.product(*[values for _, values in lists]):
            params = dict(grid.get("common", {}))
            params.update({name: v for (name, _), v in zip(lists, combo)})
            yield family, params


def json_lines(directory, name):
    """The JSON objects of a results directory's file, one a line (none if it is missing; bad lines skipped)."""
    path = os.path.join(directory, name)
    if not os.path.isfile(path):
        return
    if os.path.getsize(path) > MAX_BYTES:
        sys.exit("reference_table: %s is larger than a results file can be" % path)
    with open(path, encoding="utf-8") as f:
        for line in f:
            try:
                r = json.loads(line)
            except ValueError:
                continue   # a line that is not JSON, as fmnist skips it
            if isinstance(r, dict):
                yield r


def read_results(directory):
    latest = {}
    for r in json_lines(directory, "results.jsonl"):
        try:
            latest[(r["dataset"], r["name"], key(r["parameter"]))] = r
        except (KeyError, TypeError, AttributeError):
            continue   # a line that is not a result, as fmnist skips it
    return latest


def matches(published, family, params):
    return published["family"] == family and all(
        k in params and value(params[k]) == value(v) for k, v in published["parameters"].items())


def duration(seconds):
    if seconds < 60:
        return "%d s" % seconds
    h, m = divmod(int(seconds) // 60, 60)
    return "%d h" % h if m == 0 else "%d h %02d min" % (h, m) if h else "%d min" % m


def cell(r):
    if r is None:
        return "pending", None
    if r.get("status") == "timed_out" and r.get("time_limit_seconds"):
        return "timed out (limit %s)" % duration(r["time_limit_seconds"]), None
    if r.get("status") != "ok" or r.get("mean_accuracy") is None:
        return (r.get("status") or "?").replace("_", " "), None
    n = r.get("num_repeat", 0)
    acc = r["mean_accuracy"]
    return ("%.4f ± %.4f" % (acc, r.get("std_accuracy") or 0) if n > 1 else "%.4f (1 repeat)" % acc), acc


def read_jobs(directory):
    """Every finished job of the journal (repeats.jsonl): dataset, start, done, CPU seconds."""
    jobs = []
    for r in json_lines(directory, "repeats.jsonl"):
        try:
            threads = max(1, int(r.get("threads") or 1))
            start, done = float(r["start_time"]), float(r["done_time"])
            work = (float(r.get("fit_seconds") or 0) + float(r.get("predict_seconds") or 0)
                    if r["status"] == "ok" else done - start)
            jobs.append((r["dataset"], start, done, work * threads))
        except (ValueError, KeyError, TypeError):
            continue
    return jobs


def busy_hours(intervals):
    """The hours covered by at least one interval: the run's wall time, its stops left out."""
    total, end = 0.0, None
    for start, done in sorted(intervals):
        if end is None or start > end:
            total += done - start
            end = done
        elif done > end:
            total += done - end
            end = done
    return total / 3600


def provenance(jobs, results):
    """Where and how long: the machines the results name, and each dataset's CPU and wall hours."""
    machines = sorted({"%s %s, %s GB of memory, %s" % (m.get("os"), m.get("arch"), round((m.get("memory_mb") or 0) / 1024),
                                                       r.get("jvm")) for r in results.values()
                       for m in [r.get("machine") or {}]})
    cores = sorted({(r.get("machine") or {}).get("cores") for r in results.values()} - {None})
    lines = ["Machine: " + ("; ".join(machines) if machines else "none yet") + "; the jobs saw %s core%s."
             % (" or ".join(map(str, cores)) or "?", "" if cores == [1] else "s")]
    for d, title in DATASETS:
        mine = [j for j in jobs if j[0] == d]
        if mine:
            lines.append("%s: %d jobs, %.1f hours of CPU, %.1f hours of wall time (while the run was going)."
                         % (title, len(mine), sum(j[3] for j in mine) / 3600,
                            busy_hours([(j[1], j[2]) for j in mine])))
    return lines


def main():
    if len(sys.argv) > 3 or any(a.startswith("-") for a in sys.argv[1:]):
        sys.exit(__doc__.split("\n\n")[1])
    shown_dir = sys.argv[1] if len(sys.argv) > 1 else "results/reference"
    results_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "results", "reference")
    if not os.path.isfile(os.path.join(results_dir, "results.jsonl")):
        sys.exit("reference_table: %s holds no results.jsonl; give the results directory of a benchmark run "
                 "(fmnist benchmark --out DIR), or none for results/reference" % results_dir)
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "docs", "reference-results.md")
    grid = json.load(open(os.path.join(GRIDS, "baselines.json"), encoding="utf-8"))
    published = json.load(open(os.path.join(GRIDS, "published.json"), encoding="utf-8"))["results"]
    notes_file = os.path.join(ROOT, "bench", "reference-notes.json")
    notes = json.load(open(notes_file, encoding="utf-8")).get("notes", {}) if os.path.isfile(notes_file) else {}
    results = read_results(results_dir)
    jobs = read_jobs(results_dir)
    rows = [(f, p) for f, p in configurations(grid)]

    def accuracy(dataset, f, p):
        return cell(results.get((dataset, f, key(p))))[1]

    lines = []
    done = {d: 0 for d, _ in DATASETS}
    below = []
    short = []
    for f, p in rows:
        pub = next((x for x in published if matches(x, f, p)), None)
        cols = []
        why = next((reason for test, reason in NOT_RUN if test(f, p)), "")
        shared = []
        for d, title in DATASETS:
            r = results.get((d, f, key(p)))
            if r is not None and r.get("same_as"):
                shared.append("%s: the result of `%s`, which trains the same model (no job of its own)"
                              % (title, r["same_as"]))
            shown, acc = cell(r)
            if why:
                shown = "not run"
            elif r is not None and r.get("status") != "ok":
                short.append("%s {%s} on %s: %s. %s" % (f, key(p), dict(DATASETS)[d], shown, note_for(
                    notes, f, p, family_wide=False) or "**not yet explained**"))
            done[d] += acc is not None
            ref = pub["accuracy"].get(d) if pub else None
            diff = acc - ref if acc is not None and ref is not None else None
            cols += [shown, "%.3f" % ref if ref is not None else "", "%+.4f" % diff if diff is not None else ""]
            if diff is not None and diff < -0.01:
                explained = note_for(notes, f, p)
                if not explained:
                    same = [(accuracy(d, f, q), q) for g, q in rows if g == f and pub and matches(pub, g, q)]
                    same = [(a, q) for a, q in same if a is not None]
                    best = max(same, key=lambda t: t[0]) if same else None
                    if best and best[0] >= ref - 0.01 and len(same) > 1:
                        free = sorted(k for k in best[1] if k not in pub["parameters"])
                        explained = ("the paper names no %s: its figure is that of one of the %d configurations it "
                                     "matches; the best of them here, %s, reaches %.4f"
                                     % (", ".join(free), len(same), key(best[1]), best[0]))
                below.append("%s {%s} on %s: %+.4f. %s" % (f, key(p), dict(DATASETS)[d], diff,
                                                           explained or "**not yet explained**"))
        lines.append("| %s | %s | %s | %s |" % (f, key(p).replace("|", "\\|"), " | ".join(cols), why or "; ".join(shared)))

    header = ["# The original grid, reproduced", "",
              "Generated by `bench/reference-table.sh` from `%s/results.jsonl`; do not edit by hand (rerun it as "
              "results arrive). Every configuration of the original benchmark's grid (`baselines.json`), ours beside "
              "the paper's figure where it publishes one (arXiv:1708.07747: each family's best configuration only; a "
              "configuration matches when it has every parameter the paper names with the same value), and ours "
              "minus published. Ours: mean ± 2 standard deviations over the repeats (Fashion-MNIST two repeats, "
              "MNIST one; a configuration whose first two repeats agree within 0.001 stops there)."
              % shown_dir.rstrip("/"),
              "", "Done: %s of %d configurations." % (", ".join("%s %d" % (t, done[d]) for d, t in DATASETS),
                                                       len(rows)), ""]
    header += [line for p in provenance(jobs, results) for line in (p, "")]
    header.append("| family | parameters | " + " | ".join("%s | published | difference" % t for _, t in DATASETS)
                  + " | |")
    header.append("|---|---|" + "---:|---:|---:|" * len(DATASETS) + "---|")
    footer = ["", "## More than one point below the published figure", ""]
    footer += ["- " + b for b in below] if below else ["None so far."]
    footer += ["", "## Timed out or failed", ""]
    footer += ["- " + b for b in short] if short else ["None so far."]
    body = "\n".join(header + lines + footer) + "\n"
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(out), prefix=".reference-results.")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(body)
    os.replace(tmp, out)
    print("%s: %d configurations, %s" % (out, len(rows), ", ".join("%s %d done" % (d, done[d]) for d, _ in DATASETS)))


if __name__ == "__main__":
    main()
