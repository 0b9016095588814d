"""countswaps.spoons_left_out returns what is still lost and added without changing the lists the
number check gives it (they are its own readings, used again after the call)."""

from edu.countswaps import spoons_left_out
from edu.findings import Context
from edu.quantities import quantities


def test_the_lists_given_are_left_as_they_are() -> None:
    src = "Give 1 teaspoon in the morning and 2 at night."
    tr = "Dé 1 cucharadita por la mañana y 2 cucharadas por la noche."
    ctx = Context(source_lang="en", lang="es")
    a, b = quantities(src, "en"), quantities(tr, "es")
    lost = [q for q in a if not any(q.value == x.value and q.unit == x.unit for x in b)]
    added = [q for q in b if not any(q.value == x.value and q.unit == x.unit for x in a)]
    before = (list(lost), list(added))
    still_lost, still_added, said = spoons_left_out(lost, added, src, tr, ctx)
    assert (lost, added) == before
    assert said and "tablespoons" in said[0]  # another size than the teaspoon counted before it
    assert not still_lost and not still_added
