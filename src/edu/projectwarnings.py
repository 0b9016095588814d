"""QA stage: warnings about the project as a whole, which both ``edu check`` and ``edu build`` give.

In: Settings (pyproject.toml's [tool.edu]) and the handouts' front matter. Out: Problems, each
located at the setting or front-matter line to change: no clinic phone on patient pages
(clinic-phone), a language the meaning checks cannot read and no reviewer reads (unchecked-meaning),
a topic with no name on an index in another language (topic-name), the organization named
in one language only (organization-name), a clinic named per language but not in one of them
(clinic-name), a handout's topic mistyped (topic), a handout past its review date (review-due), a
cited source at an example address (example-source), a catalog saved with a byte order mark (bom),
a glossary in a folder no language reads (glossary), a fact no handout prints (unused-fact), templates
from before edu shipped the site's icon (site-icon). Each
says once what concerns the whole project; the build (pipeline.py) asks for some of them without
loading the rest of the QA stage.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import urlsplit

from . import langtag
from .config import Settings
from .content import find_documents, read_source
from .errors import closest
from .factok import reviewed
from .facts import FACTS_PATH
from .findings import WARNING
from .glossary import GLOSSARY_NAME
from .meaningcheck import reads_meaning
from .model import AUDIENCES, Fact, Handout, Reference
from .pagecore import FAVICONS
from .poread import BOM_WARNING, starts_with_bom
from .problems import Problem
from .references import REFERENCES_PATH
from .tomllines import line_of, table_line
from .topicfacts import printed_names


def clinic_phone(handouts: tuple[Handout, ...], settings: Settings, languages: tuple[str, ...]) -> list[Problem]:
    """clinic-phone: a patient handout tells its reader to call their care team, and a page prints
    the clinic's phone (beside its name: templates/handout.html) only when [tool.edu.clinic] gives
    both. One warning for the project (the phone is one for every language), naming the languages."""
    if not languages or not any(h.doc.meta.audience == "patient" for h in handouts):
        return []
    phone = settings.clinic_phone.strip()
    missing = [lang for lang in languages if not (phone and settings.clinic_in(lang)[0])]
    if not missing:
        return []
    if not phone:
        fix = 'set phone = "(555) 010-0100" in [tool.edu.clinic]' + (
            "" if settings.clinic_name else ', with name = "…" (a page prints the phone beside the name)')
    else:
        fix = 'a page prints the phone beside the clinic\'s name: set name = "…" in [tool.edu.clinic]'
    text = (settings.root / "pyproject.toml").read_text(encoding="utf-8")
    return [Problem("pyproject.toml", line_of(text, "clinic") or table_line(text) or 1, WARNING, "clinic-phone",
                    f"the patient handouts tell patients to call their care team, and the {' and '.join(missing)} "
                    f"pages print no clinic phone to call: {fix}")]


def unchecked_meaning(settings: Settings, languages: tuple[str, ...]) -> list[Problem]:
    """unchecked-meaning: the negation, comparison, period and count checks have no word lists for a
    language of ``languages`` (meaningcheck.reads_meaning), so its translations (into it or from it) pass
    them unread, "Do not shake it" as "Schütteln Sie sie" too. One warning a language, at
    ``languages`` in pyproject.toml: every handout and catalog of the language is concerned."""
    if len(settings.languages) < 2:  # nothing is translated
        return []
    reviewed = set(settings.meaning_reviewed)
    unread = [lang for lang in languages if not reads_meaning(lang) and not {lang, lang.split("-")[0]} & reviewed]
    if not unread:
        return []
    text = (settings.root / "pyproject.toml").read_text(encoding="utf-8")
    line = line_of(text, "languages") or table_line(text) or 1
    return [Problem("pyproject.toml", line, WARNING, "unchecked-meaning",
                    f"{lang}: the negation, comparison, period and count checks have no word lists for this language: "
                    "a reviewer who reads both languages checks that each translation keeps the source's meaning "
                    f'(then list it in meaning_reviewed = ["{lang}"] of [tool.edu], which ends this warning)')
            for lang in unread]


def topic_names(handouts: tuple[Handout, ...], settings: Settings) -> list[Problem]:
    """topic-name: a long index lists topics (listing.by_letter); in a language after the first, a
    topic with no name for it in ``[tool.edu.topics]`` is shown as its slug's words ("Heart
    failure" on the Spanish index)."""
    from .listing import lists_topics

    missing: dict[str, dict[str, None]] = {}  # language -> topics without a name in it
    for audience in AUDIENCES:
        group = [h for h in handouts if h.doc.meta.audience == audience]
        topics = {h.doc.meta.topic for h in group}
        if not lists_topics(len(group), topics):
            continue  # a short list, or one topic: the index does not name topics
        for lang in settings.languages[1:]:
            for topic in sorted(topics):
                if settings.named_topic(topic, lang) is None:
                    missing.setdefault(lang, {})[topic] = None
    if not missing:
        return []
    line = line_of((settings.root / "pyproject.toml").read_text(encoding="utf-8"), "topics") or 1
    problems = []
    for lang, unnamed in missing.items():
        first, *_ = slugs = list(unnamed)
        shown = ", ".join(slugs[:4]) + (f" and {len(slugs) - 4} more" if len(slugs) > 4 else "")
        problems.append(Problem(
            "pyproject.toml", line, WARNING, "topic-name",
            f"the {lang} index lists topics, and {len(slugs)} topic{'s have' if len(slugs) > 1 else ' has'} no "
            f"name in {lang}: {shown} (shown as the slug's words: {settings.topic_name(first, lang)!r}); name "
            f'{"them" if len(slugs) > 1 else "it"} in [tool.edu.topics], {first} = "…" for every language or '
            f'{first} = {{ {settings.languages[0]} = "…", {lang} = "…" }}'))
    return problems


def unknown_topic(handout: Handout, settings: Settings) -> list[Problem]:
    """topic: a handout's ``topic:`` that [tool.edu.topics] does not name, while it names others,
    and that is spelled like one of them: "methotrexat" took the sheet out of its medicine's "More
    handouts on this topic" and listed it under a topic of its own, silently."""
    topic, named = handout.doc.meta.topic, [slug for slug, _names in settings.topics]
    near = closest(topic, named) if topic and named and topic not in named else None
    if near is None:
        return []
    return [Problem(handout.doc.path.as_posix(), handout.doc.meta.lines.get("topic", 1), WARNING, "topic",
                    f"topic: {topic} is not in [tool.edu.topics]: did you mean {near}? (a topic of its own lists "
                    "this handout apart from the others of its medicine)")]


def unused_facts(handouts: tuple[Handout, ...], facts: dict[str, Fact], settings: Settings) -> list[Problem]:
    """unused-fact: a fact no handout prints, in any language (a translation prints its source's facts),
    at its line in facts.yaml: one renamed in the handouts and left behind, or left when its sentence
    went, is never seen by a reviewer again, and another medicine's author may print it as theirs.
    Nothing while a handout cannot be read: it may be the one that prints it (its errors come first).
    ``# edu-ok: unused-fact`` above a fact's key accepts one kept on purpose (factok.py)."""
    loaded = {handout.doc.path for handout in handouts}
    if any(path not in loaded for path in find_documents(settings.content_dir, settings.languages, settings.root)):
        return []
    if not facts:  # none, or facts.yaml cannot be read (its errors come first)
        return []
    printed = {name for handout in handouts for name in printed_names(handout)}
    unused = [Problem(FACTS_PATH, fact.line, WARNING, "unused-fact",
                      f"no handout prints {{{fact.id}}}, in any language: if a handout gives this number, write "
                      f"{{{fact.id}}} there; if none needs it any more (a fact renamed, a sentence removed), delete "
                      f"it; a fact kept on purpose: # edu-ok: unused-fact on the line above it")
              for fact in sorted(facts.values(), key=lambda fact: fact.line) if fact.id not in printed]
    text = read_source(settings.root, Path(FACTS_PATH))  # its comments, which the YAML loader drops
    return reviewed(text, {fact.line: fact.id for fact in facts.values()}, unused, FACTS_PATH)


def byte_order_marks(settings: Settings, languages: tuple[str, ...]) -> list[Problem]:
    """bom: a catalog of ``languages`` saved with a byte order mark (Notepad's "UTF-8 with BOM"),
    which edu reads past (poread.BOM) but GNU msgfmt rejects: at line 1 of each such file."""
    paths = [path for lang in languages for path in sorted((settings.locale_dir / lang / "LC_MESSAGES").glob("*.po"))]
    return [Problem(path.relative_to(settings.root).as_posix(), 1, WARNING, "bom", BOM_WARNING)
            for path in paths if path.is_file() and starts_with_bom(path)]


def organization_name(settings: Settings, languages: tuple[str, ...]) -> list[Problem]:
    """organization-name: every page links home with the organization's name, and the PDFs name it as
    their author; given once (or not for every language) it is in another language on some pages
    ("Patient education" on a Spanish page). Once for the project, at ``organization =``; not when
    the project does not set it (its pages then name "edu"). ``languages``: those checked (``-l``)."""
    text = (settings.root / "pyproject.toml").read_text(encoding="utf-8")
    line = line_of(text, "organization")
    missing = [lang for lang in languages if settings.organization_in(lang)[1]]  # of those checked (-l)
    if line is None or not missing:
        return []
    named = dict(settings.organizations) or {settings.languages[0]: settings.organization}
    example = ", ".join(f'{lang} = "{named.get(lang, "…")}"' for lang in settings.languages)
    pages, shown = " and ".join(missing), settings.organization_in(missing[0])[0]
    return [Problem("pyproject.toml", line, WARNING, "organization-name",
                    f"the {pages} pages name the organization in another language, {shown!r} "
                    f"(each page's home link and each PDF's author): name it in each language, organization = "
                    f"{{ {example} }} (a name that is the same in every language: write it for each)")]


def clinic_name(settings: Settings, languages: tuple[str, ...]) -> list[Problem]:
    """clinic-name: a clinic named per language but not in one of ``languages`` prints its first
    language's name on that language's PDFs (a Portuguese sheet stamped "Clínica de reumatología"
    when en and es were given). A name given once is taken for a proper name: no warning."""
    missing = [lang for lang in languages if settings.clinic_names and settings.clinic_in(lang)[1]]
    if not missing:
        return []
    text = (settings.root / "pyproject.toml").read_text(encoding="utf-8")
    shown, named = settings.clinic_in(missing[0])[0], dict(settings.clinic_names)
    example = ", ".join(f'{lang} = "{named.get(lang, "…")}"' for lang in settings.languages)
    return [Problem("pyproject.toml", line_of(text, "clinic") or 1, WARNING, "clinic-name",
                    f"the clinic's name is given per language, but not for {' and '.join(missing)}: those pages "
                    f"print {shown!r}; add it, name = {{ {example} }}")]


def review_due(handout: Handout, months: int, today: dt.date) -> list[Problem]:
    """review-due: a handout past the review date it prints ("Next review ...") is still published,
    but a clinician should look at it again (the clock only decides this warning, never a page)."""
    meta = handout.doc.meta
    due = meta.review_due(months)
    if due is None or due > today:
        return []
    line = meta.lines.get("next_review" if meta.next_review else "reviewed", 1)
    return [Problem(handout.doc.path.as_posix(), line, WARNING, "review-due",
                    f"due for review since {due.isoformat()}: have a clinician review it, then run `edu signoff "
                    f"{handout.doc.path.as_posix()} --by NAME` (with --renew if nothing changed), which sets "
                    "`reviewed` to that day and raises `version` if the text changed" + (
                        "" if meta.next_review is None else "; then set `next_review` to the next date"))]


EXAMPLE_DOMAINS = ("example.org", "example.com", "example.net", "example")  # RFC 2606: reserved for examples


def example_sources(handouts: tuple[Handout, ...], references: dict[str, Reference]) -> list[Problem]:
    """example-source: a source a handout cites whose address is on a domain reserved for examples
    (RFC 2606), where no real source is: `edu new`'s example handout, fact and source, left in place
    once the clinic's name and phone were set, were published to patients with "(example source,
    replace it)" under the text. A warning at the source, naming the handouts that cite it."""
    citing: dict[str, list[str]] = {}
    for handout in handouts:
        for key in handout.doc.meta.references:
            citing.setdefault(key, []).append(handout.doc.path.as_posix())
    found = []
    for key in sorted(set(citing) & set(references), key=lambda k: references[k].line):
        reference = references[key]
        host = (urlsplit(reference.url).hostname or "") if reference.url else ""
        if not any(host == domain or host.endswith(f".{domain}") for domain in EXAMPLE_DOMAINS):
            continue
        found.append(Problem(REFERENCES_PATH, reference.line, WARNING, "example-source",
                             f"{key}: its address ({reference.url}) is on a domain kept for examples, where no real "
                             f"source is, and {', '.join(sorted(citing[key]))} "
                             f"cite{'s' if len(citing[key]) == 1 else ''} it: replace the example with your "
                             "handouts' real source (and any fact that names it)"))
    return found


def stray_glossaries(settings: Settings) -> list[Problem]:
    """glossary: a translator team's glossary.csv in a locale folder of no language of the library
    (``locale/pt_BR/`` as a tool spells it, a region the library does not have): nothing reads it,
    so every term in it goes unchecked. At its first line, with where it would be read."""
    if not settings.locale_dir.is_dir():
        return []
    found = []
    languages = ", ".join(settings.languages)
    for path in sorted(settings.locale_dir.glob(f"*/{GLOSSARY_NAME}")):
        folder = path.parent.name
        if folder in settings.languages:
            continue
        tag = langtag.respelled(folder) or folder
        base = tag.split("-")[0]
        if tag in settings.languages:
            why = f"the glossary of {tag} is read at locale/{tag}/{GLOSSARY_NAME}: rename the folder"
        elif base in settings.languages:
            why = (f"{tag} is not one of the languages of [tool.edu] ({languages}); a glossary of {base} is read "
                   f"at locale/{base}/{GLOSSARY_NAME}")
        else:
            why = (f"{tag} is not one of the languages of [tool.edu] ({languages}); add it to languages, or delete "
                   "the folder")
        found.append(Problem(path.relative_to(settings.root).as_posix(), 1, WARNING, "glossary",
                             f"edu reads no glossary here: {why}"))
    return found


def missing_icon(settings: Settings) -> list[Problem]:
    """site-icon: a project whose templates/ predate the icon edu ships (`edu new` copies it) has no
    templates/favicon.svg nor favicon.ico, and its web pages link no icon: a browser tab and a
    bookmark show a blank page. edu lends its own to no site (a hospital's pages with edu's mark);
    the warning says where the project's goes and where edu's is. None for a project with no
    templates/ of its own (its build fails first, saying so)."""
    folder = settings.templates_dir
    if not folder.is_dir() or any((folder / name).is_file() for name in FAVICONS):
        return []
    return [Problem("templates/favicon.svg", 1, WARNING, "site-icon",
                    "the web pages link no site icon (a blank browser tab and bookmark): put the organization's icon "
                    "here (an SVG; or templates/favicon.ico), or copy edu's, which `edu new FOLDER` writes to "
                    "FOLDER/templates/favicon.svg")]
