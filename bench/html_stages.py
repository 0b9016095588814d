"""Where the time of an HTML-only build goes, stage by stage, in one fresh process.

    python bench/html_stages.py PROJECT   (prints one JSON object: seconds per stage, pages made)

The stages are those of ``edu build --format html`` (src/edu/build.py) without writing files:
imports, load (inputs validated, catalogs read), localize (what each edition is made from,
catalog lookups, the blocking checks, facts), fingerprint (what each output is made from) and
pages (Markdown and templates).
"""

from __future__ import annotations

import json
import sys
import time

started = time.process_time()

from collections.abc import Callable  # noqa: E402  (imports are the first stage timed)
from pathlib import Path  # noqa: E402

from edu.build import BuildReport  # noqa: E402
from edu.config import load_settings  # noqa: E402
from edu.fingerprint import environment  # noqa: E402
from edu.outputs import OncePageMaker, Output, link_formats, plan_handouts  # noqa: E402
from edu.pipeline import make_editions  # noqa: E402
from edu.project import load_project  # noqa: E402


def plan(root: Path, formats: tuple[str, ...], stage: Callable[[str], None] = lambda name: None) -> list[Output]:
    """Every output of ``formats`` a full build of ``root`` makes, with its page ready to render,
    as src/edu/build.py plans them; ``stage(name)`` is called as each stage ends."""
    settings = load_settings(root)
    project = load_project(settings)
    stage("load")
    editions, inputs = make_editions(project, settings.languages, False, BuildReport())
    stage("localize")
    env = environment(settings)
    maker = OncePageMaker(settings, {lang: project.template_catalog(lang) for lang in settings.languages},
                          project.references)
    outputs = plan_handouts(project, editions, inputs, maker, env, formats)
    outputs = link_formats(outputs, editions, maker, {o.target for o in outputs})  # a fresh folder holds these
    stage("fingerprint")
    return outputs


def main(root: Path) -> dict[str, float]:
    times, last = {}, started

    def stage(name: str) -> None:
        nonlocal last
        now = time.process_time()
        times[name], last = now - last, now

    stage("imports")
    pages = [output.make() for output in plan(root, ("html",), stage) if output.make is not None]
    stage("pages")
    return {**times, "pages_made": float(len(pages))}


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))
