"""QA stage: a fact of another medicine. A library of several medicines keeps their facts in one
content/facts.yaml: a methotrexate handout that wrote ``{dose_ra}`` (anakinra's 100 mg a day) was
told to cite the Kineret label, and once it did, it printed anakinra's dose as methotrexate's, cited
to anakinra's label.

What says whose a fact is: its ``topic:`` in facts.yaml, where it has one; else the handouts that
print it, by their ``topic:``. A handout that prints a fact declared another topic's, or (undeclared)
one which handouts of another topic print at least as often as its own topic's, gets an
``other-topic`` warning at the sentence (``<!-- edu-ok: other-topic -->`` above it accepts a fact
shared on purpose, such as a clinic's hours). The same knowledge words the errors about a fact:
"did you mean" prefers a fact of the handout's own topic, and says whose a fact of another is.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from .errors import closest
from .factformat import placeholders
from .findings import WARNING
from .model import Fact, Handout
from .problems import Problem

CODE = "other-topic"


@dataclass(frozen=True)
class FactTopics:
    """Whose each fact is, as far as the library says."""

    printed: dict[str, dict[str, list[str]]]  # fact -> each topic whose handouts print it -> their slugs, in order
    declared: dict[str, str]  # fact -> its ``topic:`` in facts.yaml, where it has one


def fact_topics(handouts: Iterable[Handout], facts: dict[str, Fact]) -> FactTopics:
    """Each fact's declared topic, and the topics of the handouts that print it."""
    found: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for handout in handouts:
        topic = handout.doc.meta.topic
        if not topic:
            continue
        for name in printed_names(handout):
            slugs = found[name].setdefault(topic, [])
            if handout.doc.slug not in slugs:
                slugs.append(handout.doc.slug)
    return FactTopics(found, {name: fact.topic for name, fact in facts.items() if fact.topic})


def whose(name: str, handout: Handout, users: FactTopics) -> str:
    """", a fact of anakinra in content/facts.yaml" for a fact declared another topic's (its ``topic:``)
    than ``handout``'s; for one undeclared, ", printed by the anakinra handouts" when handouts of other
    topics print ``name`` and no other of its own does ("" otherwise): for a message that suggests or
    cites it."""
    owner, topic = users.declared.get(name), handout.doc.meta.topic
    if owner:
        return f", a fact of {owner} in content/facts.yaml" if topic and owner != topic else ""
    others = _others(name, handout, users)
    return f", printed by the {' and '.join(sorted(others))} handouts" if others else ""


def nearest(name: str, facts: Iterable[str], handout: Handout, users: FactTopics) -> str | None:
    """The fact a mistyped ``name`` most likely meant: one of the handout's own topic first (a
    methotrexate handout's ``{half_life}`` meant methotrexate's, not anakinra's ``{pk_half_life}``)."""
    names, topic = list(facts), handout.doc.meta.topic
    own = [n for n in names if topic and (users.declared[n] == topic if n in users.declared
                                          else topic in users.printed.get(n, {}))]
    return (closest(name, own) if own else None) or closest(name, names)


def other_topic_facts(handout: Handout, users: FactTopics) -> list[Problem]:
    """other-topic: each fact ``handout`` prints that facts.yaml declares another topic's, or, undeclared,
    that handouts of another topic print at least as often as its own topic's (itself included):
    anakinra's dose in the one methotrexate sheet that prints it, not methotrexate's three sheets that
    share a fact with one anakinra sheet (a tie warns both)."""
    topic = handout.doc.meta.topic
    problems: list[Problem] = []
    seen: set[str] = set()
    for segment in handout.segments:
        for name in _segment_names(segment.text):
            if name in seen:
                continue
            owner = users.declared.get(name)
            others = {} if owner else _others(name, handout, users, ties=True)
            if not others and (not owner or owner == topic or not topic):
                continue
            seen.add(name)
            own = f"a fact of its own goes in content/facts.yaml, named for it: {topic.replace('-', '_')}_…"
            if owner:
                why = (f"{{{name}}} is a fact of {owner} (its topic in content/facts.yaml), and this handout's topic "
                       f"is {topic}: print this medicine's own fact ({own}); one printed on purpose (a comparison): "
                       f"<!-- edu-ok: {CODE} --> above")
            else:
                listed = "; ".join(f"{t}: {', '.join(slugs[:3])}{' …' if len(slugs) > 3 else ''}"
                                   for t, slugs in sorted(others.items()))
                why = (f"{{{name}}} is printed by handouts of another topic ({listed}) more than by this handout's, "
                       f"{topic}: check it is this medicine's fact ({own}); one shared on purpose: "
                       f"<!-- edu-ok: {CODE} --> above")
            problems.append(Problem(handout.doc.path.as_posix(), segment.line, WARNING, CODE, why))
    return problems


def _others(name: str, handout: Handout, users: FactTopics, ties: bool = False) -> dict[str, list[str]]:
    """The other topics whose handouts print ``name`` when the handout's own topic prints it less
    (without ``ties``: not at all, the handout itself apart), with those handouts' slugs."""
    topic = handout.doc.meta.topic
    if not topic:
        return {}
    topics = users.printed.get(name, {})
    mine = len([slug for slug in topics.get(topic, []) if slug != handout.doc.slug]) + (1 if ties else 0)
    others = {t: slugs for t, slugs in topics.items() if t != topic}
    return others if others and (mine <= max(map(len, others.values())) if ties else mine == 0) else {}


def printed_names(handout: Handout) -> list[str]:
    """The facts ``handout`` prints, as its text names them (once per place)."""
    return [name for segment in handout.segments for name in _segment_names(segment.text)]


def _segment_names(text: str) -> list[str]:
    if "{" not in text:
        return []
    try:
        return [name for name, _spec in placeholders(text)]
    except ValueError:
        return []  # a malformed placeholder: the load's error
