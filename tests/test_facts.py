"""Facts stage: facts.yaml and references.yaml as a reader of each locale sees them, and every mistake located."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from edu.errors import ErrorList, SourceError
from edu.factformat import fill_facts, format_fact, placeholders
from edu.facts import load_facts
from edu.model import Fact
from edu.references import load_references

REFERENCES = """\
label:
  title: Example prescribing information
  issuer: Example Pharma
  year: 2025
  url: https://example.org/label
trial:
  title: An example trial
  issuer: Doe J et al.
  year: 2021
  doi: 10.1000/example.2021
"""
LOCALES = ("en_US", "es_US", "es_ES")
NBSP = "\u00a0"
DASH = "–\u2060"  # a range's en dash, then a word joiner: no line ends at the dash
SLASH = "/\u2060"  # a unit's slash, then a word joiner: "ng/" never ends a line before "mL"


def project(root: Path, facts: str | None = None, references: str = REFERENCES) -> Path:
    (root / "content").mkdir(exist_ok=True)
    (root / "content/references.yaml").write_text(references, encoding="utf-8")
    if facts is not None:
        (root / "content/facts.yaml").write_text(facts, encoding="utf-8")
    return root


def load(root: Path, facts: str) -> dict[str, Fact]:
    project(root, facts)
    return load_facts(root, load_references(root))


def errors_of(call: object) -> list[str]:
    with pytest.raises((SourceError, ErrorList)) as caught:
        call()  # type: ignore[operator]
    error = caught.value
    return [str(e) for e in error.errors] if isinstance(error, ErrorList) else [str(error)]


# --- formatting per locale ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("fields", "en_us", "es_us", "es_es"),
    [
        ("value: 100\n  unit: mass-milligram", f"100{NBSP}mg", f"100{NBSP}mg", f"100{NBSP}mg"),
        ("value: 0.67\n  unit: volume-milliliter", f"0.67{NBSP}mL", f"0.67{NBSP}mL", f"0,67{NBSP}mL"),
        ("value: 1.5\n  unit: volume-liter", f"1.5{NBSP}L", f"1.5{NBSP}L", f"1,5{NBSP}L"),
        ("value: 2\n  unit: volume-liter\n  length: long", f"2{NBSP}liters", f"2{NBSP}litros", f"2{NBSP}litros"),
        ("value: 10\n  unit: duration-day\n  length: long", f"10{NBSP}days", f"10{NBSP}días", f"10{NBSP}días"),
        ("value: 1\n  unit: duration-day\n  length: long", f"1{NBSP}day", f"1{NBSP}día", f"1{NBSP}día"),
        ("value: [4, 6]\n  unit: duration-hour\n  length: long", f"4{DASH}6{NBSP}hours", f"4{DASH}6{NBSP}horas",
         f"4{DASH}6{NBSP}horas"),
        ("value: [0.5, 1.5]\n  unit: mass-gram", f"0.5{DASH}1.5{NBSP}g", f"0.5{DASH}1.5{NBSP}g",
         f"0,5{DASH}1,5{NBSP}g"),
        ("value: 30\n  unit: volume-milliliter\n  per: duration-minute\n  qualifier: lt",
         f"<30{NBSP}mL{SLASH}min", f"<30{NBSP}mL{SLASH}min", f"<30{NBSP}mL{SLASH}min"),
        ("value: 5\n  unit: mass-milligram\n  per: mass-kilogram\n  length: long",
         f"5{NBSP}milligrams per kilogram", f"5{NBSP}miligramos por kilogramo", f"5{NBSP}miligramos por kilogramo"),
        ("value: 38\n  unit: temperature-celsius\n  qualifier: ge", "≥38°C", f"≥38{NBSP}°C", f"≥38{NBSP}°C"),
        # Spanish groups no thousands with a point or a comma (RAE): "1,234.5" was 1.2345 to a reader from Spain
        ("value: 1234.5\n  unit: mass-milligram", f"1,234.5{NBSP}mg", f"1234.5{NBSP}mg", f"1234,5{NBSP}mg"),
        ("number: 15650", "15,650", f"15{NBSP}650", f"15{NBSP}650"),
        ("value: 2500", "2,500", "2500", "2500"),
        ('value: "2.50"\n  unit: mass-milligram\n  per: volume-deciliter', f"2.50{NBSP}mg{SLASH}dL",
         f"2.50{NBSP}mg{SLASH}dL",
         f"2,50{NBSP}mg{SLASH}dL"),  # a lab value: its trailing zero gives its precision (a dose's is refused)
        ("percent: 71", "71%", "71%", f"71{NBSP}%"),
        ("percent: 12.5", "12.5%", "12.5%", f"12,5{NBSP}%"),
        ("percent: 5\n  qualifier: lt", "<5%", "<5%", f"<5{NBSP}%"),
        ('number: "0.50"', "0.50", "0.50", "0,50"),
        ("number: 0.5", "0.5", "0.5", "0,5"),
        ("number: 3\n  qualifier: le", "≤3", "≤3", "≤3"),
        ("date: 2022-11-08", "November 8, 2022", "8 de noviembre de 2022", "8 de noviembre de 2022"),
        ("year: 2021", "2021", "2021", "2021"),
    ],
)
def test_a_fact_is_formatted_for_each_locale(tmp_path: Path, fields: str, en_us: str, es_us: str,
                                             es_es: str) -> None:
    fact = load(tmp_path, f"x:\n  {fields}\n  source: label\n")["x"]
    assert [format_fact(fact, locale) for locale in LOCALES] == [en_us, es_us, es_es]


def test_equal_values_written_differently_print_as_written(tmp_path: Path) -> None:
    """Formatting is cached; 0.5 and 0.50 are equal Decimals but must not share an answer."""
    short = load(tmp_path, "x:\n  number: 0.5\n  source: label\n")["x"]
    long = load(tmp_path, 'x:\n  number: "0.50"\n  source: label\n')["x"]
    assert short == long  # the trap: equal as values
    assert [format_fact(short, "en_US"), format_fact(long, "en_US"), format_fact(short, "en_US")] == [
        "0.5", "0.50", "0.5"]


def test_a_percent_as_a_count_per_10_or_100(tmp_path: Path) -> None:
    facts = load(tmp_path, "isr:\n  percent: 71\n  source: label\nrare:\n  percent: 0.4\n  source: label\n")
    assert fill_facts("About {isr:per10} in 10 ({isr}).", facts, "es_ES") == f"About 7 in 10 (71{NBSP}%)."
    assert fill_facts("{isr:per100} of 100", facts, "en_US") == "71 of 100"
    with pytest.raises(ValueError, match=r"\{rare:per100\}: 0.4% is about 0 in 100, which a reader would take for "
                       r"none or all: write the percent \(\{rare\}\)"):
        fill_facts("{rare:per100} of 100", facts, "en_US")  # printed "0 of 100"; "<0 in 10" with a qualifier


def test_a_qualified_count_per_100_says_its_qualifier_in_words(tmp_path: Path) -> None:
    """"On a placebo, it was <1 in 100": many patients do not read "<" (PEMAT, CDC Clear Communication
    Index). A natural frequency says it in the page's words; a percent keeps the sign (clinicians)."""
    facts = load(tmp_path, "low:\n  percent: 1\n  qualifier: lt\n  source: label\n")
    assert fill_facts("It was {low:per100} in 100.", facts, "en_US") == f"It was fewer than{NBSP}1 in 100."
    assert fill_facts("Fueron {low:per100} de cada 100.", facts, "es_US") == f"Fueron menos de{NBSP}1 de cada 100."
    assert fill_facts("{low}", facts, "en_US") == "<1%"
    assert fill_facts("{low:per100}", facts, "de_DE") == "<1"  # no words for German: the sign


@pytest.mark.parametrize(("fields", "message"), [
    ("value: 1:30\n  unit: mass-milligram", "fact dose: value '1:30' would be read as a number other than it shows"),
    ("number: 012", "fact dose: number '012' would be read as a number other than it shows"),
    ("number: 0x10", "fact dose: number '0x10' would be read"),
    ("value: [1, 2]\n  unit: mass-milligram\n  qualifier: ge", "fact dose: a range takes no qualifier"),
    ("number: 123456789012345678901234567890", "fact dose: 123456789012345678901234567890: a value has at most 15"),
    ("value: 10\n  unit: unit", "fact dose: unit 'unit' is not a CLDR unit"),  # was the astronomical unit: "10 au"
    ("value: 2\n  unit: volume-drop", 'fact dose: drops print wrong in short form ("2 drdrops"): add length: long'),
])
def test_a_number_printed_otherwise_than_written_is_refused(tmp_path: Path, fields: str, message: str) -> None:
    """YAML read 1:30 as 90 (base 60) and 012 as 10 (octal): both printed; a huge number was a traceback."""
    with pytest.raises((SourceError, ErrorList), match=re.escape(message)):
        load(tmp_path, f"dose:\n  {fields}\n  source: label\n")


@pytest.mark.parametrize(("fields", "en", "es"), [
    ("value: 0.0625\n  unit: mass-milligram", "0.0625\u00a0mg", "0,0625\u00a0mg"),  # was 0.062 mg
    ("value: [0.5, 1.0625]\n  unit: mass-milligram\n  per: mass-kilogram", f"0.5{DASH}1.0625\u00a0mg{SLASH}kg",
     f"0,5{DASH}1,0625\u00a0mg{SLASH}kg"),  # was 1.062 mg/kg, the range gone
    ("value: 0.0005\n  unit: mass-gram", "0.0005\u00a0g", "0,0005\u00a0g"),  # was 0 g
    ("value: 50\n  unit: mass-microgram", "50\u00a0mcg", "50\u00a0mcg"),  # ISMP: "μg" is misread as "mg"
    ("value: 70\n  unit: mass-milligram\n  per: volume-deciliter", f"70\u00a0mg{SLASH}dL", f"70\u00a0mg{SLASH}dL"),
])
def test_a_dose_prints_as_written_in_facts_yaml(tmp_path: Path, fields: str, en: str, es: str) -> None:
    facts = load(tmp_path, f"dose:\n  {fields}\n  source: label\n")
    assert (format_fact(facts["dose"], "en_US"), format_fact(facts["dose"], "es_ES")) == (en, es)


def test_a_value_keeps_its_source_line_and_reference(tmp_path: Path) -> None:
    facts = load(tmp_path, "dose:\n  value: 100\n  unit: mass-milligram\n  source: label\nodds:\n  number: 1\n"
                           "  source: trial\n")
    assert [(f.id, f.kind, f.line, f.source) for f in facts.values()] == [("dose", "value", 1, "label"),
                                                                        ("odds", "number", 5, "trial")]


# --- placeholders in text --------------------------------------------------------------------------

def test_fill_facts_replaces_every_placeholder_and_keeps_doubled_braces(tmp_path: Path) -> None:
    facts = load(tmp_path, "dose:\n  value: 0.67\n  unit: volume-milliliter\n  source: label\n")
    assert fill_facts("Inject {dose}, not {{dose}}.", facts, "es_ES") == f"Inject 0,67{NBSP}mL, not {{dose}}."
    assert fill_facts("No facts here.", facts, "en_US") == "No facts here."


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Take {dosis}.", "unknown fact {dosis}: define it in content/facts.yaml"),
        ("Take { dose.", "a lone { or } is not a fact placeholder (write a literal brace as {{ or }})"),
        ("Take dose}.", "a lone { or } is not a fact placeholder (write a literal brace as {{ or }})"),
        ("Take {}.", "{} is not a fact placeholder (write a literal brace as {{)"),
        ("Take {Dose}.", "{Dose} is not a fact placeholder"),
        ("Take {dose!r}.", "{dose!r}: a fact placeholder has no !r (write {dose})"),
        ("Take {dose:per10}.", "{dose:per10} needs a percent fact"),
        ("Take {isr:per1000}.", "unknown format {isr:per1000} (use per10 or per100)"),
    ],
)
def test_fill_facts_names_what_is_wrong(tmp_path: Path, text: str, message: str) -> None:
    facts = load(tmp_path, "dose:\n  value: 1\n  source: label\nisr:\n  percent: 5\n  source: label\n")
    with pytest.raises(ValueError) as caught:
        fill_facts(text, facts, "en_US")
    assert str(caught.value).startswith(message)


def test_placeholders_lists_names_and_formats() -> None:
    assert placeholders("{a} and {b:per10} but {{c}}") == [("a", ""), ("b", "per10")]
    with pytest.raises(ValueError, match="lone"):
        placeholders("{a")


# --- facts.yaml mistakes ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("facts", "line", "message"),
    [
        ("dose:\n  value: 1\n  unit: mass-milligramme\n  source: label\n", 3,
         "fact dose: unit 'mass-milligramme' is not a CLDR unit: did you mean mass-milligram?"),
        ("dose:\n  value: 1\n  unit: mass-milligram\n  per: duration-sennight\n  source: label\n", 4,
         "fact dose: per 'duration-sennight' is not a CLDR unit"),
        ("dose:\n  value: 1\n  per: duration-minute\n  source: label\n", 3, "fact dose: per needs a unit"),
        ("dose:\n  value: 1\n", 1, "fact dose: source is required (a key of references.yaml)"),
        ("dose:\n  value: 1\n  source: nowhere\n", 3,
         "fact dose: unknown source 'nowhere': add it to content/references.yaml"),
        ("dose:\n  value: 1\n  source: [label]\n", 3, "fact dose: unknown source ['label']"),
        ("dose:\n  value: 1\n  percent: 5\n  source: label\n", 1,
         "fact dose: give exactly one of: value, percent, number, date, year"),
        ("dose:\n  source: label\n", 1, "fact dose: give exactly one of"),
        ("dose:\n  value: [6, 4]\n  source: label\n", 2, "fact dose: range [6, 4]: low must be less than high"),
        ("dose:\n  value: [1, 2, 3]\n  source: label\n", 2,
         "fact dose: a range is written [low, high] and only for value"),
        ("dose:\n  percent: [1, 2]\n  source: label\n", 2, "fact dose: a range is written [low, high]"),
        ("dose:\n  value: 1\n  qualifier: about\n  source: label\n", 3,
         "fact dose: qualifier must be one of lt, le, gt, ge"),
        ("dose:\n  value: 1\n  qualifier: [lt]\n  source: label\n", 3, "fact dose: qualifier must be one of"),
        ("dose:\n  date: 2020-01-01\n  qualifier: lt\n  source: label\n", 3,
         "fact dose: qualifier only goes with value, percent or number"),
        ("dose:\n  value: 1\n  length: tiny\n  source: label\n", 3, "fact dose: length must be short, long or narrow"),
        ("dose:\n  percent: 5\n  unit: mass-gram\n  source: label\n", 1, "fact dose: unit and per only go with value"),
        ("dose:\n  value: abc\n  source: label\n", 2, "fact dose: 'abc' is not a number"),
        ("dose:\n  value: '1,5'\n  source: label\n", 2, "fact dose: '1,5' is not a number"),
        ("dose:\n  value: .nan\n  source: label\n", 2, "fact dose: nan is not a number"),
        ("dose:\n  value: .inf\n  source: label\n", 2, "fact dose: inf is not a number"),
        ("dose:\n  value: yes\n  source: label\n", 2, "fact dose: True is not a number"),
        ("dose:\n  date: tomorrow\n  source: label\n", 2, "fact dose: date must be written YYYY-MM-DD"),
        ("dose:\n  date: 2020-13-01\n  source: label\n", 2,  # it named neither the fact nor its field
         "fact dose: date: 2020-13-01 is no date (month must be in 1..12)"),
        ("dose:\n  year: 99\n  source: label\n", 2, "fact dose: year must be a four-digit year"),
        ("dose:\n  value: 1\n  colour: red\n  source: label\n", 3, "fact dose: unknown field(s) colour (a fact has one "
         "of value, percent, number, date, year, with fact, length, note, per, qualifier, source, topic, unit)"),
        ("Dose:\n  value: 1\n  source: label\n", 1, "fact Dose: id must be lowercase letters, digits and underscores"),
        ("dose: 5\n", 1, "expected a mapping of `key: value` lines"),
        ("- dose\n", 1, "expected a mapping of `key: value` lines"),
        ("dose:\n  value: 1\n  source: label\ndose:\n  value: 2\n  source: label\n", 4,
         "duplicate key 'dose' (first at line 1): keep one, or give this one a name of its own"),
        ("dose:\n  value: 1\n  source: label\n  value: 2\n", 4, "duplicate key 'value'"),
        ("dose:\n  value: [1, 2\n  source: label\n", 3, "invalid YAML: "),
    ],
)
def test_a_facts_mistake_is_one_located_line(tmp_path: Path, facts: str, line: int, message: str) -> None:
    project(tmp_path, facts)
    errors = errors_of(lambda: load_facts(tmp_path, load_references(tmp_path)))
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"content/facts.yaml:{line}: {message}"), errors[0]


def test_a_colon_in_a_value_says_to_quote_it_as_front_matter_does(tmp_path: Path) -> None:
    """The pharmacist's slip: an unquoted title with ": " in it. A line indented too far (which YAML
    words the same) is no quoting mistake: no hint."""
    project(tmp_path, "dose:\n  value: 1\n  source: label\n")
    refs = tmp_path / "content/references.yaml"
    refs.write_text(refs.read_text(encoding="utf-8").replace("title: An example trial",
                                                             "title: Anakinra: an example trial"), encoding="utf-8")
    assert errors_of(lambda: load_references(tmp_path)) == [
        'content/references.yaml:7: invalid YAML: mapping values are not allowed here (a value with ": " in it goes '
        'in double quotes: title: "Warfarin: what to know")']
    project(tmp_path, "dose:\n  value: 1\n  note: give it: daily\n  source: label\n")
    assert errors_of(lambda: load_facts(tmp_path, load_references(tmp_path)))[0].endswith("in double quotes: title: "
                                                                                          '"Warfarin: what to know")')
    project(tmp_path, "dose:\n  value: 1\n    source: label\n")
    assert errors_of(lambda: load_facts(tmp_path, load_references(tmp_path))) == [
        "content/facts.yaml:3: invalid YAML: mapping values are not allowed here"]


def test_every_broken_fact_is_reported_at_once(tmp_path: Path) -> None:
    project(tmp_path, "a:\n  value: 1\n  source: nowhere\nb:\n  value: 1\n  source: label\nc:\n  percent: x\n"
                      "  source: label\n")
    assert errors_of(lambda: load_facts(tmp_path, load_references(tmp_path))) == [
        "content/facts.yaml:3: fact a: unknown source 'nowhere': add it to content/references.yaml",
        "content/facts.yaml:8: fact c: 'x' is not a number",
    ]


def test_no_facts_file_means_no_facts(tmp_path: Path) -> None:
    assert load_facts(project(tmp_path), load_references(tmp_path)) == {}
    assert load_references(tmp_path / "elsewhere") == {}


# --- references.yaml -------------------------------------------------------------------------------

def test_references_are_read_with_their_lines(tmp_path: Path) -> None:
    refs = load_references(project(tmp_path))
    assert [(r.key, r.year, r.url, r.doi, r.line) for r in refs.values()] == [
        ("label", 2025, "https://example.org/label", None, 1), ("trial", 2021, None, "10.1000/example.2021", 6)]


REF = "x:\n  title: A title\n  issuer: An issuer\n  year: 2020\n  url: https://example.org\n"


@pytest.mark.parametrize(
    ("old", "new", "line", "message"),
    [
        ("url: https://example.org", "url: ftp://example.org", 5, "x: url must start with https:// and name a site"),
        ("url: https://example.org", "url: javascript:alert(1)", 5, "x: url must start with https://"),
        ("url: https://example.org", "url: https://", 5, "x: url must start with https://"),
        ("url: https://example.org", "url: https://example.org/a page", 5, "x: url must start with https://"),
        ("url: https://example.org", "doi: https://doi.org/10.1000/x", 5,
         "x: doi must look like 10.1234/abc (without https://doi.org/)"),
        ("url: https://example.org", "doi: 10.12/x", 5, "x: doi must look like 10.1234/abc"),
        ("  url: https://example.org\n", "", 1, "x: give a url, a doi, or a note saying where to find it (such as "
                                                "note: Hospital protocol RHEUM-12, 2026, on the intranet)"),
        ("url: https://example.org", "note: ''", 5, "x: note must say in words where a reader finds the source"),
        ("url: https://example.org", "note: On the intranet #RHEUM-12", 5, "x: note: YAML reads what follows ' #'"),
        ("  title: A title\n", "", 1, "x: title is required"),
        ("title: A title", "title: ''", 2, "x: title is required"),
        ("issuer: An issuer", "issuer: [a, b]", 3, "x: issuer is required"),
        ("  year: 2020\n", "", 1, "x: year is required (e.g. 2025)"),
        ("year: 2020", "year: '20x0'", 4, "x: year is required"),
        ("title: A title", "title: Informe #2 de la AEMPS", 2,
         "x: title: YAML reads what follows ' #' as a comment, so it would be 'Informe': put it all in double quotes"),
        ("year: 2020", "year: 20", 4, "x: year is required"),
        ("year: 2020", "year: 2026-02-30", 4, "x: year: 2026-02-30 is no date (day is out of range for month)"),
        ("year: 2020", "year: true", 4, "x: year is required"),
        ("year: 2020", "year: 2020\n  pages: 3", 5, "x: unknown field(s) pages"),
        ("x:\n", "Big Key:\n", 1, "reference key 'Big Key' must be lowercase letters, digits and hyphens"),
    ],
)
def test_a_reference_mistake_is_one_located_line(tmp_path: Path, old: str, new: str, line: int,
                                                 message: str) -> None:
    assert old in REF
    project(tmp_path, references=REF.replace(old, new, 1))
    errors = errors_of(lambda: load_references(tmp_path))
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"content/references.yaml:{line}: {message}"), errors[0]


def test_a_quoted_year_or_a_title_of_digits_is_read_as_written(tmp_path: Path) -> None:
    project(tmp_path, references=REF.replace("year: 2020", "year: '2020'").replace("title: A title", "title: 1984"))
    ref = load_references(tmp_path)["x"]
    assert (ref.title, ref.year) == ("1984", 2020)


def test_a_reference_with_both_url_and_doi_is_fine(tmp_path: Path) -> None:
    project(tmp_path, references=REF + "  doi: 10.1000/x.y\n")
    ref = load_references(tmp_path)["x"]
    assert (ref.title, ref.issuer, ref.url, ref.doi) == ("A title", "An issuer", "https://example.org", "10.1000/x.y")


def test_a_source_with_no_address_says_where_to_find_it(tmp_path: Path) -> None:
    """A hospital's intranet protocol or the leaflet in the box has no URL or DOI: a note says where it is."""
    project(tmp_path, references=REF.replace("url: https://example.org", "note: ' Hospital protocol RHEUM-12, 2026, "
                                             "on the intranet '"))
    ref = load_references(tmp_path)["x"]
    assert (ref.url, ref.doi, ref.note) == (None, None, "Hospital protocol RHEUM-12, 2026, on the intranet")


def test_a_unit_written_after_a_fact_without_one_stays_on_its_line(tmp_path: Path) -> None:
    """Babel has no nanogram unit: the text writes "{supar} ng/mL"; the space becomes a no-break one,
    as between a fact and its own unit. A word after the fact keeps its plain space."""
    facts = load(tmp_path, "supar:\n  number: 6\n  qualifier: ge\n  source: label\n"
                           "dose:\n  value: 100\n  unit: mass-milligram\n  source: label\n")
    assert fill_facts("suPAR {supar} ng/mL [3].", facts, "en_US") == f"suPAR ≥6{NBSP}ng{SLASH}mL [3]."
    assert fill_facts("{supar} patients, {dose} daily", facts, "en_US") == f"≥6 patients, 100{NBSP}mg daily"


@pytest.mark.parametrize(("text", "printed"), [
    ("ANC {anc} × 10⁹/L [15].", f"ANC <1.5{NBSP}×{NBSP}10⁹{SLASH}L [15]."),
    ("ANC {anc} ×10⁹/L.", f"ANC <1.5{NBSP}×10⁹{SLASH}L."),
    ("RAN {anc}\u00a0×\u00a010⁹/L.", f"RAN <1,5{NBSP}×{NBSP}10⁹{SLASH}L."),  # typed with no-break spaces (es_ES)
    ("ANC {anc} x 10^9/L.", f"ANC <1.5{NBSP}x{NBSP}10^9{SLASH}L."),
    ("ALT {anc} × ULN.", f"ALT <1.5{NBSP}×{NBSP}ULN."),
])
def test_a_times_ten_to_the_ninth_after_a_fact_is_its_unit_and_stays_on_its_line(tmp_path: Path, text: str,
                                                                                  printed: str) -> None:
    """authoring.md says a unit typed after a fact is kept on one line; "× 10⁹/L" was not: a narrow web
    page broke "<1.5 ×" / "10⁹/L" (probe-clin finding 8)."""
    facts = load(tmp_path, "anc:\n  number: 1.5\n  qualifier: lt\n  source: label\n")
    locale = "es_ES" if "RAN" in text else "en_US"
    assert fill_facts(text, facts, locale) == printed
    assert fill_facts("{anc} × more", facts, locale).endswith(" × more")  # a times sign before a word is text
