"""The WeasyPrint floor: render pickled print pages in one warm process, as ``edu build`` would.

    python bench/floor.py PROJECT PAGES.pickle   ->  JSON on stdout

The clock starts once WeasyPrint is imported and the writer (one FontConfiguration, the sandboxed
fetcher, the font stylesheet) exists: this is the least any build of these pages can cost.
"""

from __future__ import annotations

import io
import json
import pickle
import resource
import sys
import time
from pathlib import Path

from pypdf import PdfReader

from edu.pdf import PdfWriter


def main(root: Path, pages_file: Path) -> dict[str, float]:
    jobs = pickle.loads(pages_file.read_bytes())
    writer = PdfWriter(root)
    started, cpu = time.perf_counter(), time.process_time()
    outputs = [writer.render(page, cell_langs).data for page, cell_langs in jobs]
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    pages = sum(len(PdfReader(io.BytesIO(data)).pages) for data in outputs)
    return {"seconds": seconds, "cpu": cpu, "documents": len(outputs), "pages": pages,
            "peak_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), Path(sys.argv[2]))))
