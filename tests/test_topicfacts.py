"""A library of several medicines keeps every fact in one content/facts.yaml: a handout of one
medicine that prints another's fact (a methotrexate sheet's `{dose_ra}`, anakinra's daily dose) is
warned of, and the messages about facts say whose a fact is."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from helpers import TODAY, run

OTHER = """---
title: What is the other medicine?
summary: The other medicine is a pill for your joints.
audience: patient
topic: other-medicine
reviewed: 2026-11-20
version: 1
references: [{refs}]
---
## How much do I take?

{note}Take {{{fact}}} once a week.
"""
BASICS = "content/en/medicine-basics.md"


def _other(project: Path, fact: str, refs: str = "label", note: str = "") -> Path:
    path = project / "content/en/other-medicine.md"
    path.write_text(OTHER.format(fact=fact, refs=refs, note=note), encoding="utf-8")
    return path


def _warned(project: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    return [line for line in run(capsys, project, "check")[2].splitlines() if line.endswith("[other-topic]")]


def _warning(path: str, line: int, others: str, topic: str) -> str:
    return (f"{path}:{line}: warning: {{dose}} is printed by handouts of another topic ({others}) more than by this "
            f"handout's, {topic}: check it is this medicine's fact (a fact of its own goes in content/facts.yaml, "
            f"named for it: {topic.replace('-', '_')}_…); one shared on purpose: <!-- edu-ok: other-topic --> above "
            "[other-topic]")


def test_a_fact_another_medicines_handouts_print_is_warned_of(project: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """One handout of each topic prints {dose}: neither can tell whose it is, both are warned of; with a
    second handout of the first topic printing it, only the other topic's is."""
    _other(project, "dose")
    mine = _warning("content/en/other-medicine.md", 12, "example: medicine-basics", "other-medicine")
    assert _warned(project, capsys) == [_warning(BASICS, 12, "other-medicine: other-medicine", "example"), mine]
    basics = (project / BASICS).read_text(encoding="utf-8")
    (project / "content/en/medicine-more.md").write_text(basics.replace("title: What is this medicine?",
                                                                        "title: More on this medicine"),
                                                         encoding="utf-8")
    assert run(capsys, project, "update")[0] == 0
    mine = mine.replace("example: medicine-basics", "example: medicine-basics, medicine-more")
    assert _warned(project, capsys) == [mine]
    code, _out, err = run(capsys, project, "build", "-l", "en", "--format", "html")
    assert code == 0 and [x for x in err.splitlines() if x.endswith("[other-topic]")] == [mine], err
    assert run(capsys, project, "check", "--strict")[0] == 1
    _other(project, "dose", note="<!-- edu-ok: other-topic -->\n")
    assert _warned(project, capsys) == []


def test_a_fact_the_handouts_own_topic_prints_is_not_warned_of(project: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = _other(project, "dose")
    path.write_text(path.read_text(encoding="utf-8").replace("topic: other-medicine", "topic: example"),
                    encoding="utf-8")
    assert _warned(project, capsys) == []


def test_the_errors_about_a_fact_say_whose_it_is(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The error said to cite the other medicine's label, which made its dose print as this one's."""
    _other(project, "dose", refs="trial")
    err = run(capsys, project, "check")[2]
    assert ("content/en/other-medicine.md:12: error: {dose} comes from 'label', which this handout's `references` "
            "do not list, printed by the example handouts: check it is this handout's medicine's fact before you "
            "cite that source (a fact of its own goes in content/facts.yaml) [source]") in err.splitlines(), err
    _other(project, "doses")
    err = run(capsys, project, "check")[2]
    assert ("content/en/other-medicine.md:12: error: unknown fact {doses}: did you mean {dose} (100 mg, printed by "
            "the example handouts)? check it is the same fact: it prints that value [source]") in err.splitlines(), err


def test_an_index_of_two_medicines_lists_each_with_its_handouts(project: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """Under 20 handouts the titles of two medicines were one alphabetical run, no medicine named."""
    from helpers import parse

    _other(project, "volume")
    toml = project / "pyproject.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + '\n[tool.edu.topics]\nexample = "Example medicine"\n'
                    'other-medicine = "Other medicine"\n', encoding="utf-8")
    code, _out, err = run(capsys, project, "build", "-l", "en", "--format", "html")
    assert code == 0, err
    patients = parse(project / "build/en/index.html").xpath("//section[@lang='en']")[0]
    assert [(h.text, [a.text for a in h.xpath("following-sibling::ul[1]/li/a[1]")])
            for h in patients.xpath(".//h4[@class='topic']")] == [
        ("Example medicine", ["What is this medicine?"]), ("Other medicine", ["What is the other medicine?"])]
    assert not patients.xpath(".//p[@class='initials']")  # a short list: no bar of initials


def test_a_mistyped_topic_is_warned_of_with_the_one_meant(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    toml = project / "pyproject.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + '\n[tool.edu.topics]\nexample = "Example medicine"\n',
                    encoding="utf-8")
    path = _other(project, "volume")
    path.write_text(path.read_text(encoding="utf-8").replace("topic: other-medicine", "topic: exampel"),
                    encoding="utf-8")
    assert [line for line in run(capsys, project, "check")[2].splitlines() if line.endswith("[topic]")] == [
        "content/en/other-medicine.md:5: warning: topic: exampel is not in [tool.edu.topics]: did you mean example? "
        "(a topic of its own lists this handout apart from the others of its medicine) [topic]"]


def test_update_says_once_which_translations_another_medicines_handout_now_prints(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A sentence already translated for one medicine was published on the other's sheet, with its
    gender and its way of taking ("mientras lo toma"), and no translator ever saw it there."""
    path = _other(project, "volume")
    path.write_text(path.read_text(encoding="utf-8") + "\n1. Wash your hands.\n2. Take it.\n", encoding="utf-8")
    code, _out, err = run(capsys, project, "update")
    assert code == 0, err
    assert [line for line in err.splitlines() if line.endswith("[reused]")] == [
        "content/en/other-medicine.md:14: warning: [es] its translation was made for example (medicine-basics) and "
        "is now printed here too, for other-medicine, without review: check it reads right for this medicine (its "
        "name, its gender, how it is taken); one that must differ: <!-- i18n-context: other-medicine --> above the "
        "sentence [reused]"]
    assert "[reused]" not in run(capsys, project, "update")[2]  # said once, when it happens


def test_a_medicines_review_signs_off_its_handouts_only(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`edu signoff --all` during one medicine's review signed another's pending change under the
    reviewer's name; `--topic` names the medicine reviewed."""
    _other(project, "volume")
    assert run(capsys, project, "update")[0] == 0
    basics = project / "content/en/medicine-basics.md"
    basics.write_text(basics.read_text(encoding="utf-8").replace("Clean the skin.", "Clean the skin well."),
                      encoding="utf-8")
    before = (project / "content/signoff.yaml").read_text(encoding="utf-8")
    code, out, err = run(capsys, project, "signoff", "--topic", "other-medicine", "--by", "Dr. Lee")
    assert code == 0, err
    assert out.splitlines() == [f"content/en/other-medicine.md: signed off by Dr. Lee on {TODAY} "
                                "at version 1 (its first recorded sign-off)"], out
    after = yaml.safe_load((project / "content/signoff.yaml").read_text(encoding="utf-8"))
    assert after["medicine-basics"] == yaml.safe_load(before)["medicine-basics"]  # its change still awaits review
    code, _out, err = run(capsys, project, "signoff", "--topic", "other-medicin", "--by", "Dr. Lee")
    assert (code, err.strip()) == (1, "--topic: no handout has topic 'other-medicin': did you mean 'other-medicine'?")


TOPICS = '\n[tool.edu.topics]\nexample = "Example medicine"\nother-medicine = "Other medicine"\n'


def _declare(project: Path, fact: str, topic: str, topics: str = TOPICS) -> int:
    """``topic: <topic>`` in ``fact``'s entry of facts.yaml (and the topics in pyproject.toml): its line."""
    toml = project / "pyproject.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + topics, encoding="utf-8")
    facts = project / "content/facts.yaml"
    lines = facts.read_text(encoding="utf-8").splitlines()
    at = lines.index(f"{fact}:") + 1
    facts.write_text("\n".join([*lines[:at], f"  topic: {topic}", *lines[at:]]) + "\n", encoding="utf-8")
    return at + 1


def _declared(path: str, line: int, owner: str, topic: str) -> str:
    return (f"{path}:{line}: warning: {{dose}} is a fact of {owner} (its topic in content/facts.yaml), and this "
            f"handout's topic is {topic}: print this medicine's own fact (a fact of its own goes in "
            f"content/facts.yaml, named for it: {topic.replace('-', '_')}_…); one printed on purpose (a comparison): "
            "<!-- edu-ok: other-topic --> above [other-topic]")


def test_a_fact_that_declares_its_medicine_warns_another_medicines_handouts_only(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Guessed from the handouts, a tie warned both medicines' sheets (the right one too) and two sheets
    of the other medicine made the fact theirs: `topic:` in facts.yaml says whose it is."""
    _declare(project, "dose", "example")
    _other(project, "dose")
    mine = _declared("content/en/other-medicine.md", 12, "example", "other-medicine")
    assert _warned(project, capsys) == [mine]  # no tie: medicine-basics is example's own
    (project / "content/en/other-more.md").write_text(
        OTHER.format(fact="dose", refs="label", note="").replace("What is the other medicine?", "More on it"),
        encoding="utf-8")
    assert _warned(project, capsys) == [mine, mine.replace("other-medicine.md", "other-more.md")]
    code, _out, err = run(capsys, project, "build", "-l", "en", "--format", "html")
    assert code == 0 and [x for x in err.splitlines() if x.endswith("[other-topic]")] == [
        mine, mine.replace("other-medicine.md", "other-more.md")], err
    _other(project, "dose", note="<!-- edu-ok: other-topic -->\n")
    assert _warned(project, capsys) == [mine.replace("other-medicine.md", "other-more.md")]


def test_a_fact_declared_a_medicines_own_is_not_warned_of_however_many_others_print_it(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _declare(project, "dose", "other-medicine")
    _other(project, "dose")
    assert _warned(project, capsys) == [_declared(BASICS, 12, "other-medicine", "example")]


def test_the_errors_about_a_declared_fact_say_whose_it_is(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """No handout of the fact's medicine need print it yet: the message names the medicine it declares."""
    _declare(project, "volume", "example")
    _other(project, "volume", refs="trial")
    err = run(capsys, project, "check")[2]
    assert ("content/en/other-medicine.md:12: error: {volume} comes from 'label', which this handout's `references` "
            "do not list, a fact of example in content/facts.yaml: check it is this handout's "
            "medicine's fact before you cite that source (a fact of its own goes in content/facts.yaml) [source]"
            ) in err.splitlines(), err
    _other(project, "volumes")
    err = run(capsys, project, "check")[2]
    assert ("content/en/other-medicine.md:12: error: unknown fact {volumes}: did you mean {volume} (0.67 mL, a fact "
            "of example in content/facts.yaml)? check it is the same fact: it prints that value [source]"
            ) in err.splitlines(), err


def test_a_mistyped_fact_prefers_one_declared_the_handouts_own(project: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """{dose_r} in the other medicine's sheet: no handout of it prints {dose} yet, but facts.yaml says it
    is its dose; {dose_ra}, spelled closer, is the example medicine's."""
    facts = project / "content/facts.yaml"
    facts.write_text(facts.read_text(encoding="utf-8") + "dose_ra:\n  value: 5\n  unit: mass-milligram\n"
                     "  source: label\n  topic: example\n", encoding="utf-8")
    _declare(project, "dose", "other-medicine")
    _other(project, "dose_r")
    err = run(capsys, project, "check")[2]
    assert ("content/en/other-medicine.md:12: error: unknown fact {dose_r}: did you mean {dose} (100 mg)? check it "
            "is the same fact: it prints that value [source]") in err.splitlines(), err


@pytest.mark.parametrize(("topic", "topics", "why"), [
    ("exampel", TOPICS, "topic 'exampel' is not in [tool.edu.topics] of pyproject.toml (example, other-medicine): "
                        "did you mean 'example'?"),
    ("methotrexate", TOPICS, "topic 'methotrexate' is not in [tool.edu.topics] of pyproject.toml (example, "
                             "other-medicine): write the `topic:` of this medicine's handouts, and add it there if "
                             "it is a new medicine"),
    ("example", "", "topic 'example' is not in [tool.edu.topics], which names no topic: add example = \"Its name\" "
                    "there (pyproject.toml), or leave this fact's topic out"),
    ("", TOPICS, "topic is empty: write one of [tool.edu.topics] of pyproject.toml (example, other-medicine), or "
                 "leave topic out"),
])
def test_a_fact_of_a_medicine_the_library_does_not_name_is_a_located_error(
        project: Path, capsys: pytest.CaptureFixture[str], topic: str, topics: str, why: str) -> None:
    """A mistyped topic made the fact no medicine's: another's handouts would print it unwarned."""
    line = _declare(project, "dose", topic, topics)
    code, _out, err = run(capsys, project, "check")
    assert code == 1 and f"content/facts.yaml:{line}: error: fact dose: {why} [source]" in err.splitlines(), err
    code, _out, err = run(capsys, project, "build", "--format", "html")
    assert code == 1 and f"content/facts.yaml:{line}: fact dose: {why}" in err.splitlines(), err
