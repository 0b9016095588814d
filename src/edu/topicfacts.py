"""QA stage: a fact of another medicine. A library of several medicines keeps their facts in one
content/facts.yaml, and nothing in a fact says whose it is: a methotrexate handout that wrote
``{dose_ra}`` (anakinra's 100 mg a day) was told to cite the Kineret label, and once it did, it
printed anakinra's dose as methotrexate's, cited to anakinra's label.

What says whose a fact is: the handouts that print it, by their ``topic:``. A handout that prints a
fact which handouts of another topic print at least as often as its own topic's gets an
``other-topic`` warning at the sentence (``<!-- edu-ok: other-topic -->`` above it accepts a fact
shared on purpose, such as a clinic's hours). The same knowledge words the errors about a fact:
"did you mean" prefers a fact of the handout's own topic, and says whose a fact of another is.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from .errors import closest
from .factformat import placeholders
from .findings import WARNING
from .model import Handout
from .problems import Problem

CODE = "other-topic"


def fact_topics(handouts: Iterable[Handout]) -> dict[str, dict[str, list[str]]]:
    """Each fact -> each topic whose handouts print it -> those handouts' slugs, in order."""
    found: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for handout in handouts:
        topic = handout.doc.meta.topic
        if not topic:
            continue
        for name in _names(handout):
            slugs = found[name].setdefault(topic, [])
            if handout.doc.slug not in slugs:
                slugs.append(handout.doc.slug)
    return found


def whose(name: str, handout: Handout, users: dict[str, dict[str, list[str]]]) -> str:
    """", printed by the anakinra handouts" when handouts of other topics than ``handout``'s print
    ``name`` and no other of its own does ("" otherwise), for a message that suggests or cites it."""
    others = _others(name, handout, users)
    return f", printed by the {' and '.join(sorted(others))} handouts" if others else ""


def nearest(name: str, facts: Iterable[str], handout: Handout, users: dict[str, dict[str, list[str]]]) -> str | None:
    """The fact a mistyped ``name`` most likely meant: one of the handout's own topic first (a
    methotrexate handout's ``{half_life}`` meant methotrexate's, not anakinra's ``{pk_half_life}``)."""
    names, topic = list(facts), handout.doc.meta.topic
    own = [n for n in names if topic and topic in users.get(n, {})]
    return (closest(name, own) if own else None) or closest(name, names)


def other_topic_facts(handout: Handout, users: dict[str, dict[str, list[str]]]) -> list[Problem]:
    """other-topic: each fact ``handout`` prints that handouts of another topic print at least as often
    as its own topic's (itself included): anakinra's dose in the one methotrexate sheet that prints
    it, not methotrexate's three sheets that share a fact with one anakinra sheet (a tie warns both)."""
    topic = handout.doc.meta.topic
    problems: list[Problem] = []
    seen: set[str] = set()
    for segment in handout.segments:
        for name in _segment_names(segment.text):
            others = _others(name, handout, users, ties=True)
            if not others or name in seen:
                continue
            seen.add(name)
            listed = "; ".join(f"{t}: {', '.join(slugs[:3])}{' …' if len(slugs) > 3 else ''}"
                               for t, slugs in sorted(others.items()))
            problems.append(Problem(
                handout.doc.path.as_posix(), segment.line, WARNING, CODE,
                f"{{{name}}} is printed by handouts of another topic ({listed}) more than by this handout's, "
                f"{topic}: check it is this medicine's fact (a fact of its own goes in content/facts.yaml, named "
                f"for it: {topic.replace('-', '_')}_…); one shared on purpose: <!-- edu-ok: {CODE} --> above"))
    return problems


def _others(name: str, handout: Handout, users: dict[str, dict[str, list[str]]],
            ties: bool = False) -> dict[str, list[str]]:
    """The other topics whose handouts print ``name`` when the handout's own topic prints it less
    (without ``ties``: not at all, the handout itself apart), with those handouts' slugs."""
    topic = handout.doc.meta.topic
    if not topic:
        return {}
    topics = users.get(name, {})
    mine = len([slug for slug in topics.get(topic, []) if slug != handout.doc.slug]) + (1 if ties else 0)
    others = {t: slugs for t, slugs in topics.items() if t != topic}
    return others if others and (mine <= max(map(len, others.values())) if ties else mine == 0) else {}


def _names(handout: Handout) -> list[str]:
    return [name for segment in handout.segments for name in _segment_names(segment.text)]


def _segment_names(text: str) -> list[str]:
    if "{" not in text:
        return []
    try:
        return [name for name, _spec in placeholders(text)]
    except ValueError:
        return []  # a malformed placeholder: the load's error
