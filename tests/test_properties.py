"""Properties (hypothesis): segmentation keeps every word once; an identity catalog changes nothing;
no translation, however hostile, crashes a build or puts markup into a page."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import tempfile
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from unittest import mock

from babel.messages.catalog import Catalog
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from edu.build import BuildOptions, build
from edu.config import load_settings
from edu.errors import EduError, ErrorList
from edu.model import Document, FrontMatter, Handout, Segment
from edu.quantities import number_re, numbers
from edu.render import MarkdownRenderer, RenderedBlock, render_blocks, simple_inline
from edu.segments import segment_document
from edu.translate import Source, localize

WORD_RE = re.compile(r"\w+")
LETTERS = "abcdefghijklmnopqrstuvwxyzáéíñóúüABCDEZ"

# --- documents made of the blocks the segmenter knows ------------------------------------------------

word = st.text(LETTERS, min_size=1, max_size=8)
inline = st.one_of(word, word.map(lambda w: f"**{w}**"), word.map(lambda w: f"*{w}*"),
                   word.map(lambda w: f"[{w}](https://example.org/{w.lower()})"), st.sampled_from(["42", "3.5", "mg"]))
phrase = st.lists(inline, min_size=1, max_size=7).map(" ".join)


def _lines(prefix: str) -> st.SearchStrategy[str]:
    return st.lists(phrase, min_size=1, max_size=3).map(lambda ps: "\n".join(prefix + p for p in ps))


block = st.one_of(
    st.tuples(st.integers(1, 3), phrase).map(lambda t: "#" * t[0] + " " + t[1]),
    _lines(""),
    _lines("- "),
    st.lists(phrase, min_size=1, max_size=4).map(lambda ps: "\n".join(f"{n}. {p}" for n, p in enumerate(ps, 1))),
    st.lists(st.tuples(phrase, phrase), min_size=1, max_size=3).map(
        lambda rows: "| Head | More |\n|---|---|\n" + "\n".join(f"| {_bar(a)} | {_bar(b)} |" for a, b in rows)),
    _lines("> "),
    st.tuples(st.sampled_from(["note", "warning", "key-points"]), _lines("> ")).map(lambda t: f"> [!{t[0]}]\n{t[1]}"),
    phrase.map(lambda p: f"![{p}](picture.png)"),
    _lines("").map(lambda p: f"```\n{p}\n```"),
)
directive = st.one_of(st.just(""), phrase.map(lambda p: f"<!-- i18n: {p} -->\n"), st.just("<!-- i18n-skip -->\n"),
                      word.map(lambda w: f"<!-- i18n-context: {w.lower()} -->\n"))
body = st.lists(st.tuples(directive, block).map("".join), min_size=1, max_size=8).map("\n\n".join)


def _document(text: str) -> Document:
    meta = FrontMatter("Title", "Summary.", "patient", "topic", dt.date(2026, 11, 20), 1, (),
                       {"title": 2, "summary": 3})
    return Document(Path("content/en/x.md"), "x", "en", meta, text + "\n", 10)


def _words(texts: list[str]) -> Counter[str]:
    return Counter(w for text in texts for w in WORD_RE.findall(text))


@settings(max_examples=300, deadline=None)
@given(body)
def test_segmentation_never_loses_or_duplicates_text(text: str) -> None:
    handout = segment_document(_document(text))
    source = [line for line in text.splitlines() if not line.lstrip().startswith("<!--")]
    parts = [p.text if isinstance(p, Segment) else p for b in handout.blocks for p in b.parts]
    assert _words(parts) == _words(source)


def _identity_catalog(handout: Handout) -> Catalog:
    catalog = Catalog(locale="es", domain="from-en")
    for segment in handout.segments:
        if not segment.skip:
            catalog.add(segment.text, segment.text, context=segment.context)
    return catalog


@settings(max_examples=200, deadline=None)
@given(body)
def test_an_identity_catalog_renders_the_source_html(text: str) -> None:
    handout = segment_document(_document(text))
    renderer = MarkdownRenderer()
    source = localize(handout, "en", Source(None, None), {}, "en_US")
    same = localize(handout, "es", Source(_identity_catalog(handout), Path("locale/es/x.po")), {}, "es_US")
    assert not same.missing  # every identity translation was used, none rejected by a check
    assert (same.title, same.summary) == (source.title, source.summary)
    def shown(blocks: list[RenderedBlock]) -> list[tuple[str, str | None, str]]:  # a picture's language aside
        return [(b.kind, b.callout, re.sub(r'src="edu-media:[^:"]*:', 'src="edu-media:', str(b.html))) for b in blocks]

    assert shown(render_blocks(same, renderer)) == shown(render_blocks(source, renderer))
    assert all(f"edu-media:{lang}:" in str(b.html) for lang, loc in (("es", same), ("en", source))
               for b in render_blocks(loc, renderer) if "edu-media:" in str(b.html))  # each edition's own version


# --- the renderer's shortcuts write what Python-Markdown writes -------------------------------------

FRAGMENTS = ["*", "**", "***", "_", "[", "]", "(", ")", "[1]", "[2][3]", "](", "` ", "#", ":", "-", "+ ", "1. ", "&",
             "&amp;", "&lt;", "&lt;30", "\\", "\\*", "!", "![", '"', "'", "~", "|", "\u00a0", "  ", "¿", "¡", "…",
             "<", ">", "{", "}",
             "https://example.org/a-b?x=1", "https://ejemplo.es/año", "www.example.org", "x_y", "E. coli",
             "a_b_c", "_x", "x_", "x__y", "/_x_/", "ñ_2", "[https://a.org/FT_1/FT_2.html](https://a.org/FT_1/FT_2.html)",
             "[a_b](https://a.org/_x_)", "https://a.org/_x_/y_"]
rich_inline = st.one_of(word, st.sampled_from(FRAGMENTS), word.map(lambda w: f"**{w} {w}**"),
                        word.map(lambda w: f"*{w}*"), word.map(lambda w: f"[{w}](https://example.org/{w})"),
                        word.map(lambda w: f"**{w} ({w}):**"), word.map(lambda w: f"*({w})*"),
                        word.map(lambda w: f"[{w} {w}](https://ejemplo.es/ñ/{w}?q=1#{w})"),
                        st.tuples(word, word).map(lambda t: f"[{t[0]}_{t[1]}](https://a.org/{t[0]}_{t[1]}_)"),
                        st.tuples(word, word).map(lambda t: f"*{t[0]}_{t[1]}*"))
rich_phrase = st.lists(rich_inline, max_size=9).map(lambda ps: " ".join(ps).strip())
rich_text = st.lists(st.one_of(rich_inline, st.just(" ")), max_size=12).map("".join)


@settings(max_examples=1500, deadline=None)
@given(st.one_of(rich_phrase, rich_text))
@example("---").via("found by this test: a rule, not text")
@example("-- -")
def test_simple_inline_writes_what_python_markdown_writes(text: str) -> None:
    fast = simple_inline(text)
    if fast is not None:
        html = MarkdownRenderer()(text)
        assert html == f"<p>{fast}</p>" or (not fast.strip() and html == "")


def test_simple_inline_takes_the_usual_inline_markdown() -> None:
    text = "Call **911** or see *E. coli* and [the label](https://example.org/label) [1][2] (now)."
    assert simple_inline(text) == ('Call <strong>911</strong> or see <em>E. coli</em> and <a href='
                                   '"https://example.org/label" rel="noopener noreferrer">the label</a> [1][2] (now).')


def _bar(cell: str) -> str:
    """A bar in a cell is written \\| (a bare one starts a cell the header has no column for: an error)."""
    return re.sub(r"(?<!\\)\|", r"\\|", cell)


rich_block = st.one_of(
    st.tuples(st.integers(1, 3), rich_phrase).map(lambda t: "#" * t[0] + " " + t[1]),
    st.lists(rich_phrase, min_size=1, max_size=3).map("\n".join),
    st.lists(rich_phrase, min_size=1, max_size=3).map(lambda ps: "\n".join("- " + p for p in ps)),
    st.lists(rich_phrase, min_size=1, max_size=3).map(lambda ps: "\n".join(f"{n}. {p}" for n, p in enumerate(ps, 1))),
    st.lists(st.tuples(rich_phrase, rich_phrase), min_size=1, max_size=3).map(
        lambda rows: "| Head | More |\n|---|---|\n" + "\n".join(f"| {_bar(a)} | {_bar(b)} |" for a, b in rows)),
    st.lists(rich_phrase, min_size=1, max_size=3).map(lambda ps: "> [!warning]\n" + "\n".join("> " + p for p in ps)),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(rich_block, min_size=1, max_size=5).map("\n\n".join))
@example("- A\n\n- _x **A A** * [A](https://example.org/A) **A A**\n- **A A**").via(
    "found by this test: Python-Markdown leaves a placeholder of its own in its output")
def test_a_block_by_its_shape_renders_like_the_whole_block(text: str) -> None:
    handout = segment_document(_document(text.replace("{", "{{").replace("}", "}}")))  # literal braces
    localized = localize(handout, "en", Source(None, None), {}, "en_US")
    renderer = MarkdownRenderer()
    for block, parts in zip(handout.blocks, localized.parts, strict=True):
        kinds = tuple(p.kind if isinstance(p, Segment) else None for p in block.parts)
        assert renderer.block(block.kind, parts, kinds) == renderer("".join(parts))


# --- hostile translations --------------------------------------------------------------------------

HOSTILE = ["<script>alert(1)</script>", "</p><img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "\ue000", "\ue001",
           "\ue002", "{", "}", "{dose}", "{nope}", "%(x)s", "\n", "| ", "# ", "> [!warning]", "1. ", "---", "```",
           "[x](javascript:alert(1))", "![x](javascript:alert(1))", '<a href="javascript:alert(1)">x</a>',
           "<!--", "-->", "&lt;script&gt;", "\\", '"', "'", "**", "<style>p{}</style>", "javascript:alert(1)",
           "[x](data:text/html,<script>alert(1)</script>)", '<iframe src="x">', "\x00", "\u202e", "<", ">",
           '<https://e.org/"onmouseover="alert(1)>', "<javascript:alert(1)>", "<mailto:javascript:alert(1)@e.org>",
           "<https://e.org/x>", "<a@e.org>"]  # autolinks: links are kept, never their scripts
msgstr = st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=6)), min_size=1, max_size=6).map("".join)


class _Markup(HTMLParser):
    """Collects what a browser would treat as active markup: script-like elements, event-handler
    attributes, and javascript: or data: URLs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.styles = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script" and dict(attrs).get("type") == "application/ld+json":
            return  # the page's structured data (structured.py): data a browser never runs
        if tag in ("script", "iframe", "object", "embed") or (tag == "style" and self.styles):
            self.found.append(f"<{tag}>")
        self.styles += tag == "style"
        for name, value in attrs:
            url = (value or "").strip().lower()
            if name.startswith("on") or (name in ("href", "src") and url.startswith(("javascript:", "data:"))):
                self.found.append(f"<{tag} {name}={value!r}>")


def _active_markup(html: str) -> list[str]:
    parser = _Markup()
    parser.feed(html)
    parser.close()
    inert = _STRUCTURED.sub("", html)  # one structured-data script, its text without a "<" (structured.py)
    return parser.found + (["<script"] if "<script" in inert.lower() else [])


# The structured data of a handout's page: its one script element, whose text may hold no "<" (so no
# "</script>" or "<script" of a msgstr: structured.py writes it \u003c)
_STRUCTURED = re.compile(r'<script type="application/ld\+json">[^<]*</script>')
TEMPLATE_DIR = Path(__file__).parent.parent / "templates"
PROJECT_DIR = Path(__file__).parent / "data" / "project"


def _rewrite_catalog(root: Path, strings: list[str], templates: bool = False) -> None:
    """Every msgstr of the Spanish catalog for the content (or, with ``templates``, for the template
    words) replaced, in order, by the hostile strings."""
    from babel.messages.pofile import read_po, write_po

    path = root / "locale/es/LC_MESSAGES/from-en.po"
    with path.open("rb") as fileobj:
        catalog = read_po(fileobj)
    chosen = [m for m in catalog if m.id and templates == all(loc[0].startswith("templates/") for loc in m.locations)]
    for n, message in enumerate(chosen):
        message.string = strings[n % len(strings)]
    with path.open("wb") as fileobj:
        write_po(fileobj, catalog)


def _assert_safe_build(root: Path, strings: list[str], draft: bool) -> None:
    _rewrite_catalog(root, strings)
    try:
        report = build(load_settings(root), BuildOptions(formats=("html", "bilingual"), draft=draft, force=True,
                                                          out=root / "out"))
    except ErrorList as exc:  # allowed: every problem located, nothing else
        assert all(re.match(r"^[^:]+:\d+: ", str(e)) for e in exc.errors), exc
        return
    except EduError as exc:
        assert re.match(r"^[^:]+:\d+: ", str(exc)), exc
        return
    assert isinstance(report.problems, list)
    for page in (root / "out").rglob("*.html"):
        assert _active_markup(page.read_text(encoding="utf-8")) == [], page.name


def _project_copy() -> Path:
    root = Path(tempfile.mkdtemp(prefix="edu-hostile-")) / "project"
    shutil.copytree(PROJECT_DIR, root)
    shutil.copytree(TEMPLATE_DIR, root / "templates")
    return root


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(msgstr, min_size=1, max_size=12), st.booleans())
def test_no_translation_crashes_the_build_or_puts_markup_in_a_page(strings: list[str], draft: bool) -> None:
    root = _project_copy()
    try:
        _assert_safe_build(root, strings, draft)
    finally:
        shutil.rmtree(root.parent)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(msgstr, min_size=1, max_size=12), st.booleans())
def test_even_without_the_translation_checks_no_markup_reaches_a_page(strings: list[str], draft: bool) -> None:
    root = _project_copy()
    try:  # the checks keep most of these out; the renderer alone must still be safe
        with mock.patch("edu.translate.blocking_findings", return_value=()):
            _assert_safe_build(root, strings, draft)
    finally:
        shutil.rmtree(root.parent)


def test_a_template_word_cannot_close_the_style_element() -> None:
    root = _project_copy()
    try:
        _rewrite_catalog(root, ["Versión %(version)s </style><script>alert(1)</script>"], templates=True)
        report = build(load_settings(root), BuildOptions(formats=("html",), languages=("es",), out=root / "out"))
        assert "es/medicine-basics" in report.skipped  # the html check rejects the template word
        assert any("translation rejected" in p and "html" in p for p in report.problems), report.problems
        build(load_settings(root), BuildOptions(formats=("html",), languages=("es",), out=root / "out", draft=True))
        html = (root / "out/es/medicine-basics.html").read_text(encoding="utf-8")  # a draft prints it, inert
        assert "<script" not in html
    finally:
        shutil.rmtree(root.parent)


def test_an_identity_translation_of_a_numbered_heading_is_unchanged() -> None:
    test_an_identity_catalog_renders_the_source_html.hypothesis.inner_test("## 1. Introduction")  # type: ignore[attr-defined]


# --- the number scanner of the number check agrees with the pattern it speeds up ---------------------

number_text = st.lists(st.one_of(
    st.sampled_from(["-", "−", ".", ",", " ", "\u00a0", "\u202f", "(", "[", "–", "a", "x", "mg", " mg", "ml", "%",
                     "°C", "st", "º", "o", "er", "h", "días", "to", " y ", "\ue000", "á"]),
    st.integers(0, 10**7).map(str),
    st.text("0123456789.,- ", max_size=6),
), max_size=14).map("".join)


@settings(max_examples=1500, deadline=None)
@given(number_text, st.sampled_from(["en_US", "es_US", "es_ES", "pt_BR", "fr", "de_CH"]))
def test_the_number_scanner_finds_what_the_number_pattern_finds(text: str, locale: str) -> None:
    fast = [(m.span(), m.groupdict()) for m in numbers(text, locale)]
    assert fast == [(m.span(), m.groupdict()) for m in number_re(locale).finditer(text)]


# Text that comes near every check's syntax: markup, links, HTML, numbers, placeholders.
check_token = st.sampled_from(
    ["a", "Dose", "ñ", "_", "__", "*", "**", "`", "[", "]", "](", "(", ")", "|", "\n", "\n\n", "<", ">", "&",
     "&amp;", "=", ":", "#", "- ", "> ", "1.", "10", "2,5", "{dose_ra}", "x_y", "_x", "javascript:", "DATA:",
     "onclick=", "https://e.org", "www.e.org", "<mailto:a@e.org>", "![a](b.png)", "[t](u.md)", "<b>", "<!--", " ",
     "mg"])
check_text = st.lists(check_token, max_size=14).map("".join)


@given(check_text)
@settings(max_examples=400)
def test_a_text_the_quick_filters_pass_over_has_nothing_for_its_check(text: str) -> None:
    """Each blocking check first asks a cheap question of the text; a text it skips must be one
    its full check finds nothing in (else a changed dose, link or markup could get through)."""
    from edu import markupcheck, numbercheck
    from edu.prose import RAW_HTML, mask
    from edu.quantities import quantities

    if not markupcheck._may_markup(text):
        assert not any(markupcheck._markup_counts(text).values()), text
    if not markupcheck._may_html(text):
        assert not RAW_HTML.search(text), text
    if not markupcheck._may_link(text):
        assert not markupcheck._link_targets(text), text
    if not numbercheck.NUMERIC.search(text):
        assert not quantities(mask(text), "en_US"), text


time_text = st.lists(st.sampled_from(
    ["a", "A", "an", "un", "una", "une", "uma", "one", "two", "Dos", "deux", "duas", "hai", "một", "half", "media",
     "2", "½", "1.5", " ", "  ", "\u00a0", "-", "\n", ",", "for", "once", "day", "Días", "dia", "semanas", "week",
     "WEEKS", "hr", "hrs", "h", "min", "minutos", "heure", "mois", "mês", "an", "année", "año", "year", "ngày", "tiếng",
     "tuần", "seul", "full", "or", "sí", "y"]), max_size=8).map(" ".join)


@given(time_text, st.sampled_from([("en", "en_US"), ("es", "es_US"), ("pt-BR", "pt_BR"), ("fr", "fr"),
                                   ("vi", "vi"), ("de", "de")]))
@settings(max_examples=1500, deadline=None)
def test_a_text_the_quick_look_for_a_time_passes_over_says_no_time(text: str, lang_locale: tuple[str, str]) -> None:
    """The number check reads a text's times only where a quick look finds a time's unit word: a
    text it skips must say none (else a changed time could get through)."""
    from edu.timecounts import may_say_time, read_times

    lang, locale = lang_locale
    if not may_say_time(text, lang):
        assert read_times(text, lang, locale) == (), text
