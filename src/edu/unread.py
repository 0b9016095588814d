"""Files a project holds that no command reads, so that nothing is lost without a word.

A translator's catalog saved as ``locale/pt_BR/LC_MESSAGES/from-en.po`` (the spelling of Poedit,
Weblate and gettext) when the project's language is ``pt-BR``; a ``.po`` one folder too high
(``locale/es/from-en.po``); handouts written under ``content/fr/`` before ``fr`` is a language;
a catalog of a source language no handout is written in any more. ``edu check`` and ``edu build``
name each folder once, with what to do.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from . import langtag
from .catalogs import misnamed_advice, misnamed_folder, po_path, pot_path, source_languages
from .config import Settings
from .model import Handout

README_NAMES = {"readme.md"}  # notes for people, not handouts
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd", ".mkdn"}  # any case: what editors save Markdown as


def unread_files(settings: Settings, handouts: Iterable[Handout]) -> list[tuple[str, str]]:
    """(path of the first such file, why it and the others of its folder are not read), one per
    folder and reason, for the Markdown files under content/ and ``.po``/``.pot`` files under locale/."""
    root, languages = settings.root, settings.languages
    # a language whose folder holds a handout that could not be loaded (a front-matter error, not
    # UTF-8) is still a source language: its catalogs are read once the file is fixed
    written = {lang for lang in languages if any((settings.content_dir / lang).glob("*.md"))}
    sources = sorted(set(source_languages(handouts)) | written, key=lambda lang: (lang != "en", lang))
    expected = {pot_path(root, src) for src in sources}
    expected |= {po_path(root, lang, src) for lang in languages for src in sources if lang != src}
    found: dict[tuple[Path, str], list[Path]] = {}
    for path in sorted(settings.locale_dir.rglob("*.po*")):
        if path.suffix in (".po", ".pot") and path not in expected and path.is_file():
            found.setdefault((path.parent, _catalog_reason(settings, path, sources)), []).append(path)
    for path in sorted(settings.content_dir.rglob("*")):
        if path.suffix.lower() not in MARKDOWN_SUFFIXES or path.name.lower() in README_NAMES or not path.is_file():
            continue
        read = path.parent.parent == settings.content_dir and path.parent.name in languages
        if path.suffix != ".md":  # warfarin.MD, warfarin.markdown: edu reads .md
            found.setdefault((path.parent, f"a handout's file name ends in .md (rename {path.name} to "
                              f"{path.stem}.md)"), []).append(path)
        elif not read:
            found.setdefault((path.parent, _content_reason(settings, path)), []).append(path)
    out = []
    for (folder, reason), paths in found.items():
        more = f" (and {len(paths) - 1} more in {folder.relative_to(root).as_posix()}/)" if len(paths) > 1 else ""
        out.append((paths[0].relative_to(root).as_posix(), f"not read{more}: {reason}"))
    return out


def _catalog_reason(settings: Settings, path: Path, sources: list[str]) -> str:
    rel = path.relative_to(settings.locale_dir)
    if path.suffix == ".pot":
        return f"edu reads the templates locale/from-<source language>.pot ({_listed('from-', sources, '.pot')})"
    lang = rel.parts[0]
    if lang not in settings.languages:
        return _not_a_language(settings, "locale", lang)
    src = path.stem.removeprefix("from-") if path.stem.startswith("from-") else None  # "from-en" names en
    others = _listed("from-", [s for s in sources if s != lang], ".po")
    if rel.parts[1:2] != ("LC_MESSAGES",) or len(rel.parts) != 3:
        if src in sources and src != lang:
            return f"edu reads locale/{lang}/LC_MESSAGES/{path.name}"
        return f"the catalogs of {lang} are in locale/{lang}/LC_MESSAGES/ ({others})"
    if src == lang:
        return f"the handouts written in {lang} need no catalog into {lang}"
    if src is not None and src not in settings.languages and any((settings.content_dir / src).glob("*.md")):
        return f"it translates the handouts in content/{src}/, and {src!r} is not one of the languages in [tool.edu]"
    if src is not None:
        return f"no handout is written in {src} (content/{src}/ has none)"
    return f"edu reads from-<source language>.po here ({others})"


def _content_reason(settings: Settings, path: Path) -> str:
    rel = path.relative_to(settings.content_dir)
    if len(rel.parts) == 2:
        return _not_a_language(settings, "content", rel.parts[0])
    return "handouts are the .md files directly in content/<language>/"


def _not_a_language(settings: Settings, top: str, name: str) -> str:
    listed = ", ".join(settings.languages)
    tag = langtag.respelled(name)
    if tag in settings.languages and tag != name:
        return f"{name!r} is not one of the languages in [tool.edu] ({listed}): rename the folder {top}/{tag}/"
    primary = tag.split("-")[0] if tag else ""
    if top == "locale" and primary in settings.languages and primary != name:  # fr_FR for fr: the same translators
        folder = settings.locale_dir / name
        if misnamed_folder(settings.locale_dir, primary, settings.languages) == folder:
            advice = misnamed_advice(folder, primary)
            return f"{name!r} is not one of the languages in [tool.edu] ({listed}): it {advice}"
    return f"{name!r} is not one of the languages in [tool.edu] ({listed}): add it there to publish it"


def _listed(prefix: str, names: list[str], suffix: str) -> str:
    return ", ".join(f"{prefix}{name}{suffix}" for name in names) or "none: no handout yet"
