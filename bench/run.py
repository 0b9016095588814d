"""The build benchmark (`make bench`): one table of ratios, all measured in this run, against the targets of issue 6.

    python bench/run.py [--pdf-copies 2] [--html-handouts 500] [--repeat 1] [--keep DIR]

Libraries are generated from the real content (bench/synth.py): ``--pdf-copies`` × the real
handouts for everything that renders PDFs (the floor, full builds at -j 1 and -j 2, the no-op and
the one-entry edit), ``--html-handouts`` copies of them (500 by default) and half as many for HTML-only
throughput, growth, a one-entry edit at that size, ``edu extract`` + ``edu update``, and ``edu check``. Every
build is ``python -m edu`` in a subprocess, timed with ``time.perf_counter`` (wall) and
``resource`` (CPU of the whole process tree, which other load on a shared machine disturbs far
less); worker memory is the peak (VmHWM) read from /proc. ``--repeat N`` keeps the fastest of N
runs of each timed build.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from html_stages import plan
from synth import make_library

from edu.model import Page

HERE = Path(__file__).parent
REPO = HERE.parent


@dataclass(frozen=True)
class Timed:
    """One ``edu`` command, measured."""

    seconds: float  # wall time
    cpu: float  # CPU time of the command and every process it started (user + system)
    stderr: str  # what it printed
    code: int  # exit status
    worker_peak: int  # largest peak resident memory of a PDF worker, bytes (0: no worker)
    workers: int  # PDF worker processes seen


def edu(root: Path, *args: str) -> Timed:
    """Run ``python -m edu -C root ARGS``, sampling the memory of its worker processes."""
    return _process([sys.executable, "-m", "edu", "-C", str(root), *args])


def cold(root: Path, *args: str) -> Timed:
    """``edu(root, ARGS)`` as a first build of a fresh checkout: a build into a folder elsewhere
    (``-o DIR``) keeps its checks' verdicts, compiled templates and font cut in the project's own
    build/, which the next timed build would reuse (a full build measured warm), so it goes first."""
    shutil.rmtree(root / "build", ignore_errors=True)
    return edu(root, *args)


# What a user's `edu` runs with: Python's cached bytecode of edu's modules (PYTHONDONTWRITEBYTECODE,
# set in some shells and CI images, made every timed process compile about 110 modules again: a
# third of a second of each no-op and one-entry rebuild)
_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def _process(command: list[str]) -> Timed:
    """Run a command; its wall time, the CPU time of its process tree, and its workers' peak memory."""
    with tempfile.TemporaryFile("w+", encoding="utf-8") as err:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err, text=True, env=_ENV)
        peaks: dict[int, int] = {}
        while process.poll() is None:
            for pid in descendants(process.pid):
                if b"edu.pdfworker" in _read(f"/proc/{pid}/cmdline"):
                    peaks[pid] = max(peaks.get(pid, 0), vm_hwm(pid))
            time.sleep(0.05)
        seconds = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        err.seek(0)
        return Timed(seconds, cpu, err.read(), process.returncode, max(peaks.values(), default=0), len(peaks))


def _read(path: str) -> bytes:
    try:
        with open(path, "rb") as fileobj:
            return fileobj.read()
    except OSError:
        return b""


def descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        fields = _read(str(stat)).rsplit(b")", 1)[-1].split()
        if len(fields) > 2:
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found += children.get(pid, [])
        todo += children.get(pid, [])
    return found


def vm_hwm(pid: int) -> int:
    match = re.search(rb"VmHWM:\s+(\d+) kB", _read(f"/proc/{pid}/status"))
    return int(match.group(1)) * 1024 if match else 0


def print_pages(root: Path) -> list[tuple[Page, tuple[str, ...]]]:
    """The print HTML of every PDF a full build of ``root`` makes, rendered by edu's own code."""
    return [(o.make(), o.cell_langs) for o in plan(root, ("pdf", "bilingual")) if o.pdf and o.make is not None]


def html_stages(root: Path) -> dict[str, float]:
    """CPU seconds per stage of an HTML-only build of ``root`` (bench/html_stages.py, fresh process)."""
    done = subprocess.run([sys.executable, str(HERE / "html_stages.py"), str(root)], capture_output=True, text=True,
                          check=False, env=_ENV)
    if done.returncode != 0:
        raise SystemExit(f"bench: html_stages.py failed:\n{done.stderr[-2000:]}")
    return {key: float(value) for key, value in json.loads(done.stdout).items()}


def best(runs: list[Timed], by_cpu: bool = False) -> Timed:
    """The fastest of repeated runs: other load on the machine only ever adds time."""
    return min(runs, key=lambda run: run.cpu if by_cpu else run.seconds)


def floor_files(root: Path, work: Path) -> list[Path]:
    """The print pages of a full build pickled for bench/floor.py: all of them, and the same pages in
    two halves of equal size (for the machine's own ceiling on two cores)."""
    jobs = print_pages(root)
    halves: list[list[tuple[Page, tuple[str, ...]]]] = [[], []]
    for job in sorted(jobs, key=lambda j: len(j[0].html), reverse=True):
        min(halves, key=lambda h: sum(len(p.html) for p, _c in h)).append(job)
    files = [work / "pages.pickle", work / "half-1.pickle", work / "half-2.pickle"]
    for file, part in zip(files, [jobs, *halves], strict=True):
        file.write_bytes(pickle.dumps(part))
    return files


def floor_once(root: Path, files: list[Path]) -> tuple[dict[str, float], float]:
    """One floor run on one core, then the two halves at once: (the run, the slower half's seconds)."""
    command = [sys.executable, str(HERE / "floor.py"), str(root)]
    out = subprocess.run([*command, str(files[0])], capture_output=True, text=True, check=True, env=_ENV).stdout
    pair = [subprocess.Popen([*command, str(f)], stdout=subprocess.PIPE, text=True, env=_ENV) for f in files[1:]]
    return json.loads(out), max(json.loads(p.communicate()[0])["seconds"] for p in pair)


def built(run: Timed) -> int:
    """How many outputs a build made, from its summary line (old or new CLI wording)."""
    match = re.search(r"edu: (\d+) (?:built|files written)", run.stderr)
    return int(match.group(1)) if match else -1


def pdf_pages(folder: Path) -> int:
    from pypdf import PdfReader

    return sum(len(PdfReader(str(p)).pages) for p in folder.rglob("*.pdf"))


def edit_one_entry(root: Path, slug: str = "anakinra-risks-c0") -> str:
    """Change the translation of one paragraph of one handout (its index title stays); returns the slug."""
    po = root / "locale/es/LC_MESSAGES/from-en.po"
    text = po.read_text(encoding="utf-8")
    entry_re = rf'\n#: content/en/{slug}\.md:(\d+)\n(?:#,[^\n]*\n)?msgid (?:"[^\n]*"\n)+msgstr (?:"[^\n]*"\n)+'
    entries = re.finditer(entry_re, text)
    match = next((m for m in entries if int(m.group(1)) > 12), None)  # past the front matter (title, summary)
    if match is None:
        raise SystemExit(f"bench: no entry of {slug} alone to edit")
    entry = match.group(0)
    edited = entry[: entry.rstrip().rindex('"')] + ' (editado)"\n'
    po.write_text(text.replace(entry, edited, 1), encoding="utf-8")
    return slug


def complete(run: Timed) -> None:
    """Stop the benchmark when a build failed or left an edition out: its times would measure less work."""
    if run.code != 0 or "edu: not published:" in run.stderr:
        raise SystemExit(f"bench: a build failed or skipped editions:\n{run.stderr[-2000:]}")


def row(name: str, value: str, target: str, ok: bool | None, detail: str) -> list[str]:
    verdict = "" if ok is None else ("PASS" if ok else "FAIL")
    return [name, value, target, verdict, detail]


def measure(work: Path, pdf_copies: int, html_handouts: int, repeat: int) -> list[list[str]]:
    cores = len(os.sched_getaffinity(0))
    lib = work / "pdf-lib"
    handouts = make_library(REPO, lib, pdf_copies)
    files = floor_files(lib, work)
    floors, pairs, ones, twos = [], [], [], []
    for n in range(repeat):  # interleaved, so that a slower spell of the machine hits all alike
        floor, pair = floor_once(lib, files)
        floors.append(floor)
        pairs.append(pair)
        ones.append(cold(lib, "build", "-j", "1", "-o", str(work / f"out-j1-{n}")))
        twos.append(cold(lib, "build", "-j", "2", "-o", str(work / f"out-j2-{n}")))
    base = min(floors, key=lambda w: float(w["cpu"]))
    ceiling = min(w["seconds"] for w in floors) / min(pairs)
    one, two, one_cpu = best(ones), best(twos), min(timed.cpu for timed in ones)
    out = str(work / f"out-j2-{repeat - 1}")
    noop = edu(lib, "build", "-j", "2", "-o", out)
    edit_one_entry(lib)
    edit = edu(lib, "build", "-j", "2", "-o", out)
    for timed in (one, two, noop, edit):
        complete(timed)
    pages = pdf_pages(work / "out-j1-0")

    half, full = work / "html-half", work / "html-full"
    copies = -(-html_handouts // len(list((REPO / "content").glob("*/*.md"))))  # enough copies to take them from
    make_library(REPO, half, copies, html_handouts // 2)
    count = make_library(REPO, full, copies, html_handouts)
    html_half = best([cold(half, "build", "--format", "html", "--output", str(work / f"half-{n}"))
                      for n in range(repeat)], by_cpu=True)
    html_full = best([cold(full, "build", "--format", "html", "--output", str(work / f"full-{n}"))
                      for n in range(repeat)], by_cpu=True)
    for timed in (html_half, html_full):
        complete(timed)
    floor_html = best([_process([sys.executable, str(HERE / "html_floor.py"), str(full)]) for _ in range(repeat)],
                      by_cpu=True)
    stages = html_stages(full)
    edit_one_entry(full)
    html_edit = edu(full, "build", "--format", "html", "--output", str(work / f"full-{repeat - 1}"))
    complete(html_edit)
    extract = edu(full, "extract")
    update = edu(full, "update")
    check = edu(full, "check")  # every catalog, every handout's plain-language and readability rules
    if check.code != 0:
        raise SystemExit(f"bench: edu check failed on the synthetic library:\n{check.stderr[-2000:]}")

    per_core = count / html_full.cpu  # handouts per CPU second: robust to other load on the machine
    growth = html_full.cpu / html_half.cpu
    peak = max(one.worker_peak, two.worker_peak, edit.worker_peak)
    return [
        row("full build -j 1 / WeasyPrint floor (CPU)", f"{one_cpu / base['cpu']:.2f}x", "<= 1.15x",
            one_cpu / base["cpu"] <= 1.15, f"CPU {one_cpu:.1f} s vs {base['cpu']:.1f} s, wall {one.seconds:.1f} s vs "
            f"{base['seconds']:.1f} s; {int(base['documents'])} PDFs, {handouts} handouts"),
        row("speed-up -j 2 over -j 1 (wall)", f"{one.seconds / two.seconds:.2f}x", ">= 1.7x",
            one.seconds / two.seconds >= 1.7, f"{two.seconds:.1f} s vs {one.seconds:.1f} s on {cores} cores; "
            f"CPU {two.cpu:.1f} s vs {one.cpu:.1f} s"),
        row("  same, two raw WeasyPrint processes", f"{ceiling:.2f}x", "", None,
            "the machine's ceiling: the floor's pages in two halves at once"),
        row("no-op rebuild / full build (-j 2)", f"{100 * noop.seconds / two.seconds:.1f} %", "<= 3 %",
            noop.seconds / two.seconds <= 0.03, f"{noop.seconds:.2f} s, {built(noop)} outputs made"),
        row("one-entry edit / full build (-j 2)", f"{100 * edit.seconds / two.seconds:.1f} %", "<= 20 %",
            edit.seconds / two.seconds <= 0.20, f"{edit.seconds:.2f} s, {built(edit)} outputs made"),
        row("HTML-only throughput, per core", f"{per_core:.1f} handouts/s", ">= 300/s", per_core >= 300,
            f"{count} handouts x 2 languages: CPU {html_full.cpu:.1f} s, wall {html_full.seconds:.1f} s"),
        row("  floor: Python, imports, Babel read_po only", f"{count / floor_html.cpu:.1f} handouts/s", "", None,
            f"CPU {floor_html.cpu:.1f} s (bench/html_floor.py): the most any HTML build with these libraries reaches"),
        row("  where it goes (CPU s): load / localize / fingerprint / pages",
            " / ".join(f"{stages[k]:.1f}" for k in ("load", "localize", "fingerprint", "pages")), "", None,
            f"bench/html_stages.py; imports {stages['imports']:.2f} s; pages alone: "
            f"{stages['pages_made'] / stages['pages']:.0f} pages/s (Markdown + templates)"),
        row("  one-entry edit / full build, HTML only", f"{100 * html_edit.cpu / html_full.cpu:.1f} %", "", None,
            f"CPU {html_edit.cpu:.1f} s vs {html_full.cpu:.1f} s, {built(html_edit)} outputs made; "
            "every catalog read, every handout segmented; one edition localized"),
        row("PDF pages per second (-j 2 / floor)", f"{pages / two.seconds:.1f} / {base['pages'] / base['seconds']:.1f}",
            "", None, f"{pages} pages; floor is one core, warm"),
        row("peak memory per PDF worker", f"{peak / 2**20:.0f} MB", "<= 250 MB", 0 < peak <= 250 * 2**20,
            f"floor process {base['peak_rss'] / 2**20:.0f} MB"),
        row(f"CPU time at {count} / at {count // 2} handouts", f"{growth:.2f}x", "<= 2.2x (linear)", growth <= 2.2,
            f"{html_full.cpu:.1f} s vs {html_half.cpu:.1f} s, HTML only"),
        row(f"edu extract + edu update, {count} handouts", f"{extract.seconds + update.seconds:.1f} s", "", None,
            f"extract {extract.seconds:.1f} s, update {update.seconds:.1f} s"),
        row(f"edu check, {count} handouts", f"{check.seconds:.1f} s", "", None, f"CPU {check.cpu:.1f} s"),
    ]


def print_table(rows: list[list[str]]) -> None:
    header = ["measure", "value", "target", "result", "measured"]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for line in [header, ["-" * w for w in widths], *rows]:
        print("| " + " | ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pdf-copies", type=int, default=2, help="copies of the real handouts for the PDF part")
    parser.add_argument("--html-handouts", type=int, default=500, help="handouts of the HTML-only part")
    parser.add_argument("--repeat", type=int, default=1, help="time each build N times and keep the fastest")
    parser.add_argument("--keep", type=Path, default=None, help="work in this folder and keep it")
    args = parser.parse_args()
    started = time.perf_counter()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        rows = measure(args.keep, args.pdf_copies, args.html_handouts, args.repeat)
    else:
        with tempfile.TemporaryDirectory(prefix="edu-bench-") as work:
            rows = measure(Path(work), args.pdf_copies, args.html_handouts, args.repeat)
    print_table(rows)
    print(f"\nbench: {time.perf_counter() - started:.0f} s in all; load average {os.getloadavg()[0]:.1f} "
          f"on {len(os.sched_getaffinity(0))} cores")


if __name__ == "__main__":
    main()
