"""The site check's second look: the side of a site said as the other ("left thigh" as "muslo
derecho", "outer thigh" as "la parte interna del muslo") or as a side of another pair ("front of the
thigh" as "la parte interna del muslo") and a shot kept away from the belly button put near it
("cerca del ombligo") are errors a translator sees; the same side in other words, a side left
unsaid, and a distance kept pass. A site's word in a symptom ("Belly pain" as "Cólicos") is no
shot's site, but its limb is kept ("swelling in your arm" is never "hinchazón en la pierna"), and
Vietnamese "rửa tay" (wash your hands) is no arm."""

from __future__ import annotations

import pytest

from edu import bodysites
from edu.checks import check_message

CONFIRM = "if the translation says it in other words, a reviewer confirms them with edu-ok:site"
ADVICE = f"keep where the shot is given (the thigh is not the arm, the belly is not the buttock); {CONFIRM}"


def errors(src: str, tr: str, lang: str, source_lang: str = "en") -> list[str]:
    return [f.message for f in check_message(src, tr, source_lang=source_lang, lang=lang) if f.code == "site"]


def side(this: str, words: str, that: str, other_words: str) -> str:
    return (f'the source gives the shot on the {this} side ("{words}") and the translation on the {that} '
            f'("{other_words}"); keep the side; {CONFIRM}')


def near(words: str, other_words: str) -> str:
    return (f'the source keeps the shot away from the belly button ("{words}") and the translation puts it at or '
            f'near it ("{other_words}"); keep it away; {CONFIRM}')


LEFT = "Inject into your left thigh."
OUTER = "Pick a spot on your outer thigh."
AWAY = "Inject into your belly, 2 inches (5 cm) away from the belly button."
CM = "Inject into your belly, 5 cm away from the belly button."
FAR = "Inject into your belly, away from the belly button."
BACK_ARM = "Inject into the back of the upper arm."
FRONT_THIGH = "Inject into the front of the thigh."
# (language, source, translation, the message)
UNSAFE = [
    ("es", LEFT, "Inyecte en el muslo derecho.", side("left", "left thigh", "right", "muslo derecho")),
    ("es", "Use the right side of your belly.", "Use el lado izquierdo del abdomen.",
     side("right", "right side of your belly", "left", "izquierdo del abdomen")),
    ("es", OUTER, "Elija un lugar en la parte interna del muslo.",
     side("outer", "outer thigh", "inner", "interna del muslo")),
    ("pt-BR", LEFT, "Aplique na coxa direita.", side("left", "left thigh", "right", "coxa direita")),
    ("fr", LEFT, "Injectez dans la cuisse droite.", side("left", "left thigh", "right", "cuisse droite")),
    ("fr", OUTER, "Choisissez un endroit sur la face interne de la cuisse.",
     side("outer", "outer thigh", "inner", "interne de la cuisse")),
    ("vi", LEFT, "Tiêm vào đùi phải.", side("left", "left thigh", "right", "đùi phải")),
    ("es", AWAY, "Inyecte en el abdomen, cerca del ombligo.", near("away from the belly button", "cerca del ombligo")),
    ("es", AWAY, "Inyecte en el abdomen, en el ombligo.", near("away from the belly button", "en el ombligo")),
    ("pt-BR", AWAY, "Aplique na barriga, perto do umbigo.", near("away from the belly button", "perto do umbigo")),
    ("fr", AWAY, "Injectez dans le ventre, près du nombril.", near("away from the belly button", "près du nombril")),
    ("vi", AWAY, "Tiêm vào bụng, gần rốn.", near("away from the belly button", "gần rốn")),
    ("es", OUTER, "Elija un lugar en la parte de adentro del muslo.",
     side("outer", "outer thigh", "inner", "parte de adentro del muslo")),
    ("pt-BR", OUTER, "Escolha um lugar na parte de dentro da coxa.",
     side("outer", "outer thigh", "inner", "parte de dentro da coxa")),
    # the front or back of a site
    ("es", BACK_ARM, "Inyecte en el frente del brazo.",
     side("back", "back of the upper arm", "front", "el frente del brazo")),
    ("es", BACK_ARM, "Inyecte en la parte delantera del brazo.",
     side("back", "back of the upper arm", "front", "parte delantera del brazo")),
    ("es", FRONT_THIGH, "Inyecte en la parte trasera del muslo.",
     side("front", "front of the thigh", "back", "parte trasera del muslo")),
    ("pt-BR", BACK_ARM, "Aplique na parte da frente do braço.",
     side("back", "back of the upper arm", "front", "parte da frente do braço")),
    ("pt-BR", FRONT_THIGH, "Aplique na parte de trás da coxa.",
     side("front", "front of the thigh", "back", "parte de trás da coxa")),
    ("fr", BACK_ARM, "Injectez à l’avant du bras.", side("back", "back of the upper arm", "front", "l’avant du bras")),
    ("fr", FRONT_THIGH, "Injectez sur la face arrière de la cuisse.",
     side("front", "front of the thigh", "back", "face arrière de la cuisse")),
    ("vi", BACK_ARM, "Tiêm vào mặt trước cánh tay.",
     side("back", "back of the upper arm", "front", "mặt trước cánh tay")),
    # a side of one pair said as a side of another the source says nothing of
    ("es", FRONT_THIGH, "Inyecte en la parte interna del muslo.",
     side("front", "front of the thigh", "inner", "interna del muslo")),
    ("es", OUTER, "Elija un lugar en la parte trasera del muslo.",
     side("outer", "outer thigh", "back", "parte trasera del muslo")),
    ("es", LEFT, "Inyecte en la parte externa del muslo.", side("left", "left thigh", "outer", "externa del muslo")),
    ("pt-BR", FRONT_THIGH, "Aplique na parte interna da coxa.",
     side("front", "front of the thigh", "inner", "interna da coxa")),
    ("pt-BR", OUTER, "Escolha um lugar na parte de trás da coxa.",
     side("outer", "outer thigh", "back", "parte de trás da coxa")),
    ("fr", OUTER, "Choisissez un endroit à l’arrière de la cuisse.",
     side("outer", "outer thigh", "back", "l’arrière de la cuisse")),
    ("fr", FRONT_THIGH, "Injectez sur la face interne de la cuisse.",
     side("front", "front of the thigh", "inner", "interne de la cuisse")),
    ("vi", BACK_ARM, "Tiêm vào mặt trong cánh tay.",
     side("back", "back of the upper arm", "inner", "mặt trong cánh tay")),
    ("es", "Inject into the front of your left thigh.", "Inyecte en la parte interna del muslo izquierdo.",
     side("front", "front of your left thigh", "inner", "interna del muslo")),
]


@pytest.mark.parametrize(("lang", "src", "tr", "said"), UNSAFE)
def test_a_side_said_as_the_other_or_another_pairs_or_a_shot_put_near_the_navel_is_an_error(
        lang: str, src: str, tr: str, said: str) -> None:
    assert errors(src, tr, lang) == [said]


def test_a_side_is_read_from_a_spanish_source_too() -> None:
    assert errors("Inyéctela en la parte trasera del brazo.", "Inject it into the front of your arm.", "en",
                  source_lang="es") == [side("back", "parte trasera del brazo", "front", "front of your arm")]
    assert errors("Inyéctela en el muslo izquierdo.", "Inject it into your right thigh.", "en", source_lang="es") == [
        side("left", "muslo izquierdo", "right", "right thigh")]
    assert errors("Inyéctela en el abdomen, a 5 cm del ombligo.", "Inject it into your belly, near the navel.", "en",
                  source_lang="es") == [near("a 5 cm del ombligo", "near the navel")]


# (language, source, translation): the same side and distance in the translator's words, or a side left unsaid
CORRECT = [
    ("es", LEFT, "Inyecte en el muslo izquierdo."),
    ("es", LEFT, "Inyecte en el muslo."),  # a side left out: not compared
    ("es", "1 — The outer part of your left or right thigh", "1 — La parte externa del muslo, izquierdo o derecho"),
    ("es", "Write where on your body you gave it. For example: “left thigh” or “belly, right side.”",
     "Anote en qué parte del cuerpo se la puso. Por ejemplo: “muslo izquierdo” o “abdomen, lado derecho”."),
    ("es", OUTER, "Elija un lugar en la cara externa del muslo."),
    ("es", OUTER, "Elija un lugar en la parte lateral del muslo."),
    ("es", "Inject it right away into your thigh.", "Inyéctela de inmediato en el muslo derecho."),  # no side said
    ("es", "Throw away any medicine left in the syringe, then press on your thigh.",
     "Tire el medicamento que quede en la jeringa y presione el muslo derecho."),
    ("pt-BR", LEFT, "Aplique na coxa esquerda."),
    ("pt-BR", "Use the right side of your belly.", "Use o lado direito da barriga."),
    ("fr", LEFT, "Injectez dans la cuisse gauche."),
    ("fr", OUTER, "Choisissez un endroit sur la face externe de la cuisse."),
    ("vi", LEFT, "Tiêm vào đùi trái."),
    ("vi", LEFT, "Bạn phải tiêm vào đùi trái."),  # "phải": must
    ("vi", OUTER, "Chọn một chỗ ở mặt ngoài đùi."),
    ("es", CM, "Inyecte en el abdomen, a 5 cm del ombligo."),
    ("es", FAR, "Inyecte en el abdomen, lejos del ombligo."),
    ("es", FAR, "Inyecte en el abdomen, pero no cerca del ombligo."),
    ("es", "Do not inject near your navel.", "No inyecte cerca del ombligo."),
    ("es", "Stay 2 inches (5 cm) away from your belly button.", "Aléjese 5 cm (2 pulgadas) del ombligo."),
    ("pt-BR", CM, "Aplique na barriga, a 5 cm do umbigo."),
    ("pt-BR", FAR, "Aplique na barriga, longe do umbigo."),
    ("fr", CM, "Injectez dans le ventre, à 5 cm du nombril."),
    ("fr", FAR, "Injectez dans le ventre, mais pas près du nombril."),
    ("vi", CM, "Tiêm vào bụng, cách rốn 5 cm."),
    ("vi", FAR, "Tiêm vào bụng, tránh vùng gần rốn."),
    ("es", BACK_ARM, "Inyecte en la parte posterior del brazo."),
    ("es", OUTER, "Elija un lugar en la parte de afuera del muslo."),
    ("es", OUTER, "Elija un lugar por fuera del muslo."),
    ("pt-BR", OUTER, "Escolha um lugar na parte de fora da coxa."),
    ("es", FRONT_THIGH, "Inyecte en el frente del muslo."),
    ("es", BACK_ARM, "Inyecte en la parte de atrás del brazo."),
    ("es", "3 — The back of your upper arm", "3 — La parte superior del brazo, por detrás"),
    ("es", FRONT_THIGH, "Inyecte en la cara anterior del muslo."),
    ("es", FRONT_THIGH, "Inyecte en el muslo, por delante."),
    ("es", FRONT_THIGH, "Inyecte en el muslo."),  # the front left out: not compared
    ("es", "Sit in front of a mirror and inject into the back of your arm.",
     "Siéntese frente a un espejo e inyecte en la parte de atrás del brazo."),
    ("pt-BR", BACK_ARM, "Aplique na parte de trás do braço."),
    ("pt-BR", FRONT_THIGH, "Aplique na parte da frente da coxa."),
    ("fr", BACK_ARM, "Injectez à l’arrière du haut du bras."),
    ("fr", FRONT_THIGH, "Injectez sur le devant de la cuisse."),
    ("fr", "Inject into the front of the thigh or the buttocks.", "Injectez dans la cuisse ou le derrière."),
    ("vi", BACK_ARM, "Tiêm vào mặt sau cánh tay."),
    ("vi", FRONT_THIGH, "Tiêm vào phía trước của đùi."),
    # each pair the source says kept, a side left out, or one of another pair added beside the source's own
    ("es", "Inject into the front of your left thigh.", "Inyecte en la parte delantera del muslo izquierdo."),
    ("es", "Inject into the front of your left thigh.", "Inyecte en el muslo izquierdo."),  # the front left out
    ("es", "Inject into the front of your left thigh.", "Inyecte en la parte delantera del muslo."),
    ("es", "Inject into the outer thigh or the back of the arm.",
     "Inyecte en la parte externa del muslo o en la parte de atrás del brazo."),
    ("es", FRONT_THIGH, "Inyecte en la parte delantera y externa del muslo."),  # the outer side added beside it
    ("es", "Inject into the front or the outer side of the thigh.",
     "Inyecte en la parte delantera o externa del muslo."),
    ("pt-BR", BACK_ARM, "Aplique na parte de trás do braço."),
    ("pt-BR", "1 — The outer part of your left or right thigh", "1 — A parte externa da coxa esquerda ou direita"),
    ("fr", FRONT_THIGH, "Injectez sur le devant de la cuisse."),
    ("fr", OUTER, "Choisissez un endroit sur la face externe de la cuisse droite ou gauche."),
    ("vi", BACK_ARM, "Tiêm vào mặt sau cánh tay trái hoặc phải."),
]


@pytest.mark.parametrize(("lang", "src", "tr"), CORRECT)
def test_the_same_side_and_distance_in_other_words_pass(lang: str, src: str, tr: str) -> None:
    assert bodysites.sites(src, "en") and bodysites.sites(tr, lang)  # read on both sides, not passed unread
    assert [f.code for f in check_message(src, tr, source_lang="en", lang=lang) if f.severity == "error"] == []


def test_a_reviewer_accepts_a_side_in_other_words_with_edu_ok() -> None:
    src, tr = LEFT, "Inyecte en el muslo derecho."
    assert errors(src, tr, "es")
    found = check_message(src, tr, source_lang="en", lang="es", flags={"edu-ok:site"})
    assert [f.code for f in found if f.code in ("site", "flag")] == []


# (language, source, translation): a site's word in a symptom is no shot's site
SYMPTOMS = [
    ("es", "Belly pain", "Cólicos"),
    ("es", "Belly pain or stomach ache", "Retortijones"),
    ("es", "Call us if you have pain in your belly.", "Llámenos si tiene cólicos."),
    ("pt-BR", "Belly pain", "Cólicas"),
    ("fr", "Belly pain", "Crampes"),
    ("vi", "Belly pain", "Đau quặn"),
    ("es", "Upset stomach", "Dolor de barriga"),
    ("pt-BR", "Upset stomach", "Dor na barriga"),
    ("fr", "Upset stomach", "Mal au ventre"),
    ("vi", "Upset stomach", "Đau bụng"),
    ("es", "Inject it into your thigh.", "Inyéctela en el muslo. Puede dar dolor de barriga."),  # no belly added
]


@pytest.mark.parametrize(("lang", "src", "tr"), SYMPTOMS)
def test_a_site_word_in_a_symptom_is_no_site(lang: str, src: str, tr: str) -> None:
    assert errors(src, tr, lang) == []


def test_a_symptom_still_stands_for_the_site_it_names() -> None:
    """A symptom's site is read loosely: it hides no site said as another."""
    assert errors("Inject into your belly.", "Inyecte en el muslo, aunque tenga dolor de barriga.", "es") == [
        f'body site thigh: "muslo" in the translation is not in the source (which names belly: "belly"); {ADVICE}']


def test_washing_the_hands_is_no_arm_in_vietnamese() -> None:
    """"Rửa tay" (wash your hands) names no site: an arm left out beside it is missing; "cánh tay" is the arm."""
    src = "Inject into the back of the arm."
    assert errors(src, "Rửa tay sạch trước khi tiêm.", "vi") == [
        f'body site arm: "the arm" in the source is missing from the translation; {ADVICE}']
    assert errors(src, "Rửa tay. Tiêm vào đùi.", "vi") == [
        f'body site arm: "the arm" in the source is missing from the translation (found thigh: "đùi"); {ADVICE}']
    assert errors("Wash your hands. " + src, "Rửa tay. Tiêm vào mặt sau cánh tay.", "vi") == []
    assert errors(src, "Tiêm vào mặt sau của tay.", "vi") == []  # "tay" alone may be the arm


ARM_PAIN = "Inject into the belly. Call us about arm pain."
# (language, source, translation): an arm or a thigh in a symptom (pain, swelling, redness) is no shot's site
LIMB_SYMPTOMS = [
    ("es", "Inject into the thigh. Call us if you have swelling in your arm.",
     "Inyecte en el muslo. Llámenos si se le hincha la extremidad."),
    ("es", "Call us if you have swelling or redness in your thigh.", "Llámenos si se le hincha o enrojece la pierna."),
    ("es", "Call us if your arm hurts.", "Llámenos si le duele la extremidad."),
    ("pt-BR", "Call us if you have pain in your arm.", "Ligue se sentir dor no membro."),
    ("fr", "Call us if your thigh is swollen.", "Appelez si votre jambe est enflée."),
    ("vi", "Call us if you have swelling in your thigh.", "Gọi nếu bị sưng ở chân."),
    ("es", ARM_PAIN, "Inyecte en el vientre. Llámenos si tiene dolor en el brazo."),
    ("pt-BR", ARM_PAIN, "Aplique na barriga. Ligue se sentir dor no braço."),
    ("fr", ARM_PAIN, "Injectez dans le ventre. Appelez si vous avez une douleur au bras."),
    ("vi", ARM_PAIN, "Tiêm vào bụng. Gọi nếu bị đau cánh tay."),
]


@pytest.mark.parametrize(("lang", "src", "tr"), LIMB_SYMPTOMS)
def test_an_arm_or_thigh_in_a_symptom_is_no_site(lang: str, src: str, tr: str) -> None:
    assert errors(src, tr, lang) == []


def test_a_limb_symptom_hides_no_shot_site_said_as_another() -> None:
    assert errors("Inject into the thigh. Call us if you have arm swelling.",
                  "Inyecte en el brazo. Llámenos si tiene hinchazón en el brazo.", "es") == [
        f'body site thigh: "thigh" in the source is missing from the translation; {ADVICE}']


def test_a_limb_symptom_is_no_site_in_a_spanish_source() -> None:
    assert errors("Llámenos si tiene hinchazón en el muslo.", "Call us if your leg swells.", "en",
                  source_lang="es") == []



def limb(this: str, words: str, that: str, other_words: str) -> str:
    return (f'the source says a symptom in the {this} ("{words}") and the translation in the {that} '
            f'("{other_words}"); keep where the symptom is; {CONFIRM}')


ARM_SWELLS = "Call us if you have swelling in your arm."
LEG_PAIN = "Call us if you have leg pain."
# (language, source, translation, message): a symptom moved to the other limb
MOVED_SYMPTOMS = [
    ("es", ARM_SWELLS, "Llámenos si tiene hinchazón en la pierna.",
     limb("arm", "swelling in your arm", "leg", "hinchazón en la pierna")),
    ("es", ARM_SWELLS, "Llámenos si se le hincha la pierna.",
     limb("arm", "swelling in your arm", "leg", "hincha la pierna")),
    ("es", LEG_PAIN, "Llámenos si tiene dolor en el brazo.", limb("leg", "leg pain", "arm", "dolor en el brazo")),
    ("es", "Call us if you have swelling in your leg.", "Llámenos si se le hincha el brazo.",
     limb("leg", "swelling in your leg", "arm", "hincha el brazo")),
    ("es", "Call us if your thigh is swollen.", "Llámenos si tiene el brazo hinchado.",
     limb("leg", "thigh is swollen", "arm", "el brazo hinchado")),
    ("es", "Inject into the thigh. Call us if you have swelling in your arm.",
     "Inyecte en el muslo. Llámenos si tiene hinchazón en la pierna.",
     limb("arm", "swelling in your arm", "leg", "hinchazón en la pierna")),
    ("pt-BR", "Call us if you have pain in your arm.", "Ligue se sentir dor na perna.",
     limb("arm", "pain in your arm", "leg", "dor na perna")),
    ("pt-BR", "Call us if your leg is swollen.", "Ligue se o braço estiver inchado.",
     limb("leg", "leg is swollen", "arm", "o braço estiver inchado")),
    ("fr", "Call us if you have pain in your arm.", "Appelez si vous avez mal à la jambe.",
     limb("arm", "pain in your arm", "leg", "mal à la jambe")),
    ("fr", "Call us if you have pain in your arm.", "Appelez si votre jambe est enflée.",
     limb("arm", "pain in your arm", "leg", "jambe est enflée")),
    ("es", "Swelling in your arms", "Hinchazón de las piernas",
     limb("arm", "Swelling in your arms", "leg", "Hinchazón de las piernas")),
    ("es", LEG_PAIN, "Llámenos si tiene hinchazón del brazo.", limb("leg", "leg pain", "arm", "hinchazón del brazo")),
    ("pt-BR", LEG_PAIN, "Ligue se sentir dor no braço.", limb("leg", "leg pain", "arm", "dor no braço")),
    ("fr", LEG_PAIN, "Appelez si vous avez une douleur au bras.", limb("leg", "leg pain", "arm", "douleur au bras")),
    ("vi", "Call us if you have pain in your arm.", "Gọi nếu bị đau chân.",
     limb("arm", "pain in your arm", "leg", "đau chân")),
    ("vi", "Call us if you have swelling in your thigh.", "Gọi nếu bị sưng tay.",
     limb("leg", "swelling in your thigh", "arm", "sưng tay")),
]


@pytest.mark.parametrize(("lang", "src", "tr", "said"), MOVED_SYMPTOMS)
def test_a_symptom_moved_to_the_other_limb_is_an_error(lang: str, src: str, tr: str, said: str) -> None:
    assert errors(src, tr, lang) == [said]


def test_another_pair_and_the_other_limb_are_read_from_a_spanish_source_too() -> None:
    assert errors("Inyéctela en la parte externa del muslo.", "Inject it into the back of your thigh.", "en",
                  source_lang="es") == [side("outer", "externa del muslo", "back", "back of your thigh")]
    assert errors("Llámenos si tiene dolor en la pierna.", "Call us if you have pain in your arm.", "en",
                  source_lang="es") == [limb("leg", "dolor en la pierna", "arm", "pain in your arm")]


# (language, source, translation): a symptom's limb kept, said in other words ("el miembro"), the thigh said as
# the leg, one of two left out
KEPT_LIMBS = [
    ("es", ARM_SWELLS, "Llámenos si tiene hinchazón en el brazo."),
    ("es", ARM_SWELLS, "Llámenos si se le hincha el brazo."),
    ("es", ARM_SWELLS, "Llámenos si se le hincha el miembro."),
    ("es", ARM_SWELLS, "Llámenos si tiene el brazo hinchado."),
    ("es", LEG_PAIN, "Llámenos si le duelen las piernas."),
    ("es", "Call us if you have swelling in your thigh.", "Llámenos si tiene hinchazón en la pierna."),
    ("es", "Call us if you have pain in your arm or leg.", "Llámenos si le duele la pierna."),  # one left out
    ("es", "Inject into your arm. Call us if you have leg pain.",
     "Inyecte en el brazo. Llámenos si le duele la pierna."),
    ("pt-BR", "Call us if your leg is swollen.", "Ligue se a perna estiver inchada."),
    ("pt-BR", "Call us if you have pain in your arm.", "Ligue se sentir dor no braço."),
    ("fr", "Call us if you have pain in your arm.", "Appelez si vous avez mal au bras."),
    ("fr", LEG_PAIN, "Appelez si vous avez mal aux jambes."),
    ("fr", "Call us if you have pain in your arm.", "Appelez si vous avez mal au membre."),
    ("vi", "Call us if you have swelling in your thigh.", "Gọi nếu bị sưng chân."),
    ("vi", "Call us if you have pain in your arm.", "Gọi nếu bị đau tay."),
    ("es", "Swelling of your legs or arms", "Hinchazón de las piernas o los brazos"),
    ("es", "Numbness or tingling in your arms or legs", "Entumecimiento u hormigueo en los brazos o las piernas"),
    ("pt-BR", "Swelling of your legs or arms", "Inchaço nas pernas ou nos braços"),
    ("fr", "Swelling of your legs or arms", "Gonflement des jambes ou des bras"),
    ("vi", "Numbness or tingling in your arms or legs", "Tê hoặc ngứa ran ở tay hoặc chân"),
    ("es", "If your arm hurts after the shot, put ice on it. Next time, inject into your thigh.",
     "Si le duele el brazo después de la inyección, póngale hielo. La próxima vez, inyéctese en el muslo."),
    ("es", "Blood clots: pain or swelling in your leg, or arm pain",
     "Coágulos: dolor o hinchazón en la pierna, o dolor en el brazo"),
]


@pytest.mark.parametrize(("lang", "src", "tr"), KEPT_LIMBS)
def test_a_symptom_on_the_same_limb_or_in_other_words_passes(lang: str, src: str, tr: str) -> None:
    assert errors(src, tr, lang) == []


def test_an_or_carries_a_symptom_on_to_the_next_limb_only_from_its_site_word() -> None:
    """"Pain in your arm or leg": the leg is in the symptom too; "Belly pain and thigh shots": the thigh is not."""
    assert errors("Pain in your arm or leg", "Dolor en la pierna", "es") == []
    assert errors("Belly pain and thigh shots are common.",
                  "Son comunes el dolor de barriga y las inyecciones en el brazo.", "es") == [
        f'body site thigh: "thigh" in the source is missing from the translation (found arm: "el brazo"); {ADVICE}']


# (language, source, translation): the back of the upper arm, where a shot in the arm goes, said as its outer
# side, as leaflets say it; the thigh's back is another place
ARM_BACK_AS_OUTER = [
    ("es", BACK_ARM, "Inyecte en la parte externa del brazo."),
    ("es", "Inject into the outer part of your upper arm.", "Inyecte en la parte posterior del brazo."),
    ("pt-BR", BACK_ARM, "Aplique na parte externa do braço."),
    ("fr", BACK_ARM, "Injectez sur la face externe du bras."),
    ("vi", BACK_ARM, "Tiêm vào mặt ngoài cánh tay."),
]


@pytest.mark.parametrize(("lang", "src", "tr"), ARM_BACK_AS_OUTER)
def test_the_back_of_the_upper_arm_may_be_said_as_its_outer_side(lang: str, src: str, tr: str) -> None:
    assert errors(src, tr, lang) == []


def test_the_back_of_the_thigh_is_still_not_its_outer_side() -> None:
    assert errors(OUTER, "Elija un lugar en la parte trasera del muslo.", "es") == [
        side("outer", "outer thigh", "back", "parte trasera del muslo")]
