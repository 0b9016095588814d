"""``edu new DIR``: a project to start from, for someone who installed edu and has no repository.

It holds the page templates edu's own library uses (``templates/``), their words already in
Spanish, one short example handout in English with its Spanish translation (printing a fact of
``content/facts.yaml`` and citing its source in ``content/references.yaml``, both commented) (in Spanish with its
English translation when Spanish is the first language asked for), the catalogs made
from them and a commented pyproject.toml, so that ``edu build`` works at once and every file
shows by example what goes where. The templates and the Spanish page words come from the
package (``edu/starter/``: links to the library's ``templates/`` and Spanish catalog, copied
into the wheel), so a new project starts with the templates this version of edu renders.
"""

from __future__ import annotations

import datetime as dt
import shutil
from importlib.resources import as_file, files
from pathlib import Path

from . import config, langtag
from .commands import extract, init
from .config import env_epoch, load_settings
from .errors import UsageError
from .pagewords import example_in

EXAMPLE = {"en": "getting-ready", "es": "preparar-su-cita"}  # the example's file name in each language
HANDOUT = """---
title: Getting ready for your visit
summary: What to bring and what to do before you come to the clinic.
audience: patient
topic: example
reviewed: {reviewed}
version: 1
references: [example-clinic-visits]
---

## What should I bring?

- A list of every medicine you take.
- Your questions, written down.

## What should I do the day before?

1. Check the date and time of your visit.
2. Plan how you will get to the clinic.
3. Plan to stay for about {{visit_length}} [1].

## When should I call the clinic?

Call the clinic if you cannot come to your visit.
"""
FACTS = """# Numbers a handout prints are written once, here, and named in the text as {fact_id}: every
# language prints the same value, formatted its own way ("30 minutes", "30 minutos"). Each fact
# names the source it comes from (a key of content/references.yaml), and a handout that prints it
# lists that source in its `references`. The format of this file: docs/authoring.md in edu's repository.
#
# An EXAMPLE to replace: how long a visit takes is not clinical advice. A dose is written the same way
# (value: 100, unit: mass-milligram) once a pharmacist has checked it against its source.
visit_length:
  value: 30
  unit: duration-minute   # a CLDR unit: mass-milligram, volume-milliliter, duration-day, ...
  length: long            # "30 minutes"; short (the default) prints "30 min"
  source: example-clinic-visits
"""
REFERENCES = """# The sources the facts and handouts cite. A handout lists the keys it cites in its front matter
# (`references: [example-clinic-visits]`), and its text cites them by their place in that list: [1].
# Each needs title, issuer and year, and a url, a doi, or (a source with no address, such as a
# hospital's protocol on its intranet) a note saying where to find it. Format: docs/authoring.md.
#
# An EXAMPLE to replace with your own source.
example-clinic-visits:
  title: How our clinic visits work (example source, replace it)
  issuer: Your clinic
  year: {year}
  url: https://example.org/clinic-visits
"""
GITIGNORE = """# What edu makes: never committed (the build folder is made again from the sources by `edu build`)
build/
*.mo
"""
PYPROJECT = """# An edu project. Handouts: content/<language>/<slug>.md (Markdown with front matter).
# Translations: locale/<language>/LC_MESSAGES/from-<source language>.po (edit them in any .po
# editor). Page templates: templates/. Build with `edu build`; check with `edu check`.
[tool.edu]
languages = [{languages}]  # BCP 47 tags, such as "pt-BR" or "zh-Hant"
territory = "US"                 # number formats and paper size (US: letter)
organization = {organization}  # each page's home link and the PDFs' author, per language
source_date_epoch = {epoch}     # the date .pot headers carry: builds do not depend on the clock
review_months = 36               # "Next review" printed on every edition; `edu check` warns once it has
#                                  # passed (a handout may set its own `next_review: YYYY-MM-DD`)
# site_url = "https://example.org/patient-education/"  # where build/ is published: whole addresses
#                                  # for search engines, links from PDFs to other handouts, and a
#                                  # QR code of its web page on each printed handout (qr_code = false: none)
# width = 0                       # .po files one line per string, as Poedit ("Wrap at" off) and Weblate
#                                  # ("Only wrap lines at newlines") save them (default 76, as pybabel)

[tool.edu.clinic]                # printed on every page when a name is set, the phone beside it (patient
#                                  # handouts say "call your care team": `edu check` warns until both are set)
name = ""
phone = ""

# [tool.edu.topics]              # what a long index calls each `topic:` (else the slug as words)
# metformin = {{ en = "Metformin", es = "Metformina" }}

# `pybabel extract -F pyproject.toml -o messages.pot .` reads the same words as `edu extract`
[[tool.babel.mappings]]
method = "edu_markdown"
pattern = "content/{source}/**.md"

[[tool.babel.mappings]]
method = "jinja2"
pattern = "templates/**.html"
extensions = "jinja2.ext.i18n"
newstyle_gettext = "true"
"""


def new_project(folder: Path, languages: tuple[str, ...] = ("en", "es")) -> list[Path]:
    """Write a new project into ``folder`` (new or empty); returns the files written."""
    for lang in languages:
        if problem := langtag.problem(lang):
            raise UsageError(problem)
    twice = sorted({lang for lang in languages if languages.count(lang) > 1})
    if twice:
        raise UsageError(f"-l {twice[0]}: given twice; name each language once")
    if "en" not in languages and languages[0] not in EXAMPLE:  # `-l es` alone: a Spanish-only library
        others = " ".join(f"-l {lang}" for lang in languages)
        raise UsageError(f"-l {languages[0]}: edu has no example handout in it to start from: add -l en first "
                         f"(`edu new FOLDER -l en {others}`), the language it is translated from")
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise UsageError(f"{folder}: not an empty folder; edu new never writes over files")
    existed = folder.exists()
    try:
        _write(folder, languages)
    except BaseException:  # an error or Ctrl-C: no half-made project is left behind
        if existed:
            for child in folder.iterdir():
                if child.is_dir() and not child.is_symlink():
                    shutil.rmtree(child)
                else:
                    child.unlink()
        else:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    return sorted(p.relative_to(folder) for p in folder.rglob("*") if p.is_file())


def _write(folder: Path, languages: tuple[str, ...]) -> None:
    epoch = env_epoch()  # the example's review date: SOURCE_DATE_EPOCH's day, else today
    today = dt.datetime.fromtimestamp(epoch, dt.UTC).date() if epoch is not None else config.today()
    folder.mkdir(parents=True, exist_ok=True)
    starter = files("edu") / "starter"
    with as_file(starter / "templates") as kit:
        shutil.copytree(kit, folder / "templates")
    listed = ", ".join(f'"{lang}"' for lang in languages)
    midnight = int(dt.datetime.combine(today, dt.time(), dt.UTC).timestamp())
    src = example_language(languages)
    text = PYPROJECT.format(languages=listed, epoch=midnight, source=src, organization=_organization(languages))
    (folder / "pyproject.toml").write_text(text, encoding="utf-8")
    (folder / ".gitignore").write_text(GITIGNORE, encoding="utf-8")
    (folder / "content" / src).mkdir(parents=True)
    (folder / "content" / "facts.yaml").write_text(FACTS, encoding="utf-8")
    (folder / "content" / "references.yaml").write_text(REFERENCES.format(year=today.year), encoding="utf-8")
    text = HANDOUT.format(reviewed=today.isoformat())
    for english, translated in example_in(src).items():  # edu has no example-en.po: English stays
        text = text.replace(english, translated)
    (folder / "content" / src / f"{EXAMPLE[src]}.md").write_text(text, encoding="utf-8")
    settings = load_settings(folder)
    extract(settings)  # locale/from-<src>.pot, and from-en.pot for the page words
    for lang in languages:  # each catalog into lang: the handouts' (from-<src>.po), the page words' (from-en.po)
        init(settings, lang, example=True)


def _organization(languages: tuple[str, ...]) -> str:
    """The starter's organization, named in each language edu knows a name in (config.py warns when
    a page names it in another language: [organization-name])."""
    known = {lang: ORGANIZATION[lang.split("-")[0]] for lang in languages if lang.split("-")[0] in ORGANIZATION}
    if len(known) == 1:
        return f'"{next(iter(known.values()))}"'
    return "{ " + ", ".join(f'{lang} = "{name}"' for lang, name in known.items()) + " }"


ORGANIZATION = {"en": "Patient education", "es": "Educación para pacientes"}  # the starter's, in the languages it has


def example_language(languages: tuple[str, ...]) -> str:
    """The example handout is written in the first language when edu has it in that language (a
    project whose handouts start in Spanish), else in English."""
    return languages[0] if languages[0] in EXAMPLE else "en"
