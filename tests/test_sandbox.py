"""The renderer's sandbox: files only from templates/, content/ and the font packages, never the network,
never ``../`` or a symlink out; safe YAML; validated names; a time limit on every PDF."""

from __future__ import annotations

import base64
import os
import time
from pathlib import Path

import pytest

from edu.build import BuildOptions, BuildReport, build
from edu.config import load_settings
from edu.fetcher import make_fetcher
from helpers import pdf_text, run

SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="300" height="40">'
       '<text x="5" y="30" font-size="20">{}</text></svg>')
FRONT = ("---\ntitle: {title}\nsummary: A test handout.\naudience: clinician\ntopic: example\n"
         "reviewed: 2026-11-20\nversion: 1\nreferences: [label]\n---\n\n")


def _handout(project: Path, slug: str, title: str, body: str) -> None:
    (project / "content/en" / f"{slug}.md").write_text(FRONT.format(title=title) + body, encoding="utf-8")


def _pdf_build(project: Path) -> BuildReport:
    return build(load_settings(project), BuildOptions(languages=("en",), formats=("pdf",), jobs=1))


def test_images_outside_content_are_refused_where_the_handout_names_them(project: Path, tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "secret.svg").write_text(SVG.format("SECRETIMG"), encoding="utf-8")
    (project / "content/en/ok.svg").write_text(SVG.format("ALLOWEDIMG"), encoding="utf-8")
    (project / "content/en/link.svg").symlink_to(tmp_path / "secret.svg")
    hostile = ["../../secret.svg", "link.svg", "http://169.254.169.254/latest/meta-data/secret.svg",
               (tmp_path / "secret.svg").as_uri()]
    _handout(project, "pictures", "Pictures", "\n\n".join(f"![Picture]({x})" for x in hostile) + "\n")
    code, _out, err = run(capsys, project, "build", "--format", "pdf", "-l", "en")
    assert code == 1
    lines = [x for x in err.splitlines() if x.startswith("content/en/pictures.md:")]
    assert [x.split(": ")[1] for x in lines] == [f"image {x!r}" for x in hostile]
    assert "outside content/" in lines[0] and "outside content/" in lines[1]  # ../ and a symlink out
    assert all("never from the network" in x for x in lines[2:])
    _handout(project, "pictures", "Pictures", "![Allowed picture](ok.svg)\n")  # the control: inside content/
    _pdf_build(project)
    assert "ALLOWEDIMG" in pdf_text(project / "build/en/pictures.pdf")


def test_the_pdf_fetcher_refuses_what_a_template_points_outside(project: Path, tmp_path: Path) -> None:
    """The second line of defence: an address no handout check saw (a template's) never gets out."""
    from edu.model import Page
    from edu.pdf import PdfWriter

    (tmp_path / "secret.svg").write_text(SVG.format("SECRETIMG"), encoding="utf-8")
    (project / "content/en/link.svg").symlink_to(tmp_path / "secret.svg")
    (project / "content/en/ok.svg").write_text(SVG.format("ALLOWEDIMG"), encoding="utf-8")
    sources = ["../content/en/ok.svg", "../../secret.svg", "../content/en/link.svg",
               "http://169.254.169.254/latest/meta-data/secret.svg", (tmp_path / "secret.svg").as_uri()]
    body = "".join(f'<p><img alt="x" src="{src}"></p>' for src in sources)
    html = f'<!DOCTYPE html><html lang="en"><head><title>T</title></head><body>{body}</body></html>'
    rendered = PdfWriter(project).render(Page(html, "en", "T", "t", None))
    data, problems = rendered.data, rendered.problems
    pdf = tmp_path / "t.pdf"
    pdf.write_bytes(data)
    text = pdf_text(pdf)
    assert "ALLOWEDIMG" in text and "SECRETIMG" not in text
    for url in ("secret.svg", "link.svg", "169.254.169.254"):
        assert any(url in p and "refused" in p for p in problems), (url, problems)


def test_every_stylesheet_goes_through_the_same_fetcher(project: Path, tmp_path: Path) -> None:
    (tmp_path / "secret.css").write_text('h1::before { content: "SECRETCSS "; }', encoding="utf-8")
    (project / "templates/extra.css").write_text('h1::after { content: " ALLOWEDCSS"; }', encoding="utf-8")
    css = project / "templates/edu.css"
    imports = ['@import url("extra.css");', '@import url("../../secret.css");',
               '@import url("http://169.254.169.254/evil.css");', '@import url("file:///etc/hostname");',
               '@font-face { font-family: Evil; src: url("https://fonts.example/evil.ttf"); }']
    css.write_text("\n".join(imports) + "\n" + css.read_text(encoding="utf-8"), encoding="utf-8")
    report = _pdf_build(project)
    text = pdf_text(project / "build/en/medicine-basics.pdf")
    assert "ALLOWEDCSS" in text and "SECRETCSS" not in text
    for url in ("secret.css", "169.254.169.254", "/etc/hostname"):
        assert any(url in p and "refused" in p for p in report.problems), (url, report.problems)


def test_the_pdf_writer_hands_its_fetcher_to_its_own_stylesheet(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import weasyprint

    from edu.pdf import PdfWriter

    seen: list[object] = []
    real = weasyprint.CSS

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(kwargs.get("url_fetcher"))
        return real(*args, **kwargs)

    monkeypatch.setattr(weasyprint, "CSS", spy)
    writer = PdfWriter(project)
    assert seen and all(fetcher is writer.fetcher for fetcher in seen)


def test_the_fetcher_reads_only_inside_its_folders(tmp_path: Path) -> None:
    inside, outside = tmp_path / "inside", tmp_path / "outside"
    inside.mkdir()
    outside.mkdir()
    (inside / "a.css").write_text("p {}", encoding="utf-8")
    (outside / "b.css").write_text("secret", encoding="utf-8")
    (inside / "link.css").symlink_to(outside / "b.css")
    fetcher = make_fetcher([inside])
    for url, body in [((inside / "a.css").as_uri(), b"p {}"),
                      ("data:text/plain;base64," + base64.b64encode(b"ok").decode(), b"ok")]:
        response = fetcher.fetch(url)
        assert response.read() == body
        response.close()
    for url in [(outside / "b.css").as_uri(), (inside / "link.css").as_uri(), (inside / "../outside/b.css").as_uri(),
                inside.as_uri() + "/%2e%2e/outside/b.css", "file://otherhost" + str(inside / "a.css"),
                "http://169.254.169.254/latest/meta-data/", "https://example.org/a.css", "ftp://example.org/a",
                (inside / "missing.css").as_uri(), "file:///dev/urandom"]:
        with pytest.raises(ValueError, match="refused"):
            fetcher.fetch(url)


def _outside(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / "outside" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("planted", "said"), [
    ("content/en/secret.md", "content/en/secret.md:1: a link to a file outside content/: copy the file into the "
                             "project"),
    ("content/facts.yaml", "content/facts.yaml:1: a link to a file outside content/: copy the file into the project"),
    ("templates/sources.html", "templates/sources.html:1: a link to a file outside templates/: copy the file into "
                               "the project"),
])
def test_a_link_to_a_file_outside_the_project_is_never_read(project: Path, tmp_path: Path, planted: str, said: str,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """A handout or a template linked to a file elsewhere was read and published."""
    outside = _outside(tmp_path, Path(planted).name, (project / planted).read_text(encoding="utf-8")
                       if (project / planted).exists() else "---\ntitle: x\n---\n")
    (project / planted).unlink(missing_ok=True)
    (project / planted).symlink_to(outside)
    code, _out, err = run(capsys, project, "build", "--format", "html")
    assert code == 1 and said in err and "Traceback" not in err, err


@pytest.mark.parametrize("planted", ["content/en/zero.md", "content/facts.yaml", "locale/es/LC_MESSAGES/from-en.po"])
def test_a_device_or_a_pipe_is_refused_not_read_forever(project: Path, planted: str,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """A handout linked to /dev/zero filled 8 GB; a .po that was a pipe was "missing: run edu update";
    facts.yaml linked to /dev/zero was ignored."""
    path = project / planted
    path.unlink(missing_ok=True)
    os.mkfifo(path)  # (a link to /dev/zero is a link out of the project: refused as such)
    code, _out, err = run(capsys, project, "check")
    assert code == 1 and "Traceback" not in err, err
    assert f"{planted}:1: " in err and "not a regular file" in err, err


def test_a_pyproject_not_in_utf8_or_with_a_bom_is_a_located_error(project: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    toml = project / "pyproject.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_bytes(text.replace("[tool.edu]", '[tool.edu]\norganization = "Clínica"', 1).encode("latin-1"))
    code, _out, err = run(capsys, project, "build")
    assert (code, err.strip().splitlines()[-1]) == (1, f"pyproject.toml:{text.split(chr(10)).index('[tool.edu]') + 2}: "
                                                    "not UTF-8 text (save the file as UTF-8)"), err
    toml.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    code, _out, err = run(capsys, project, "build")
    assert code == 1 and "pyproject.toml:1: the file starts with a byte-order mark" in err, err


@pytest.mark.parametrize(("file", "old", "new", "line"), [
    ("content/en/medicine-basics.md", "title: What is this medicine?",
     'title: !!python/object/apply:os.system ["touch PWNED"]', 2),
    ("content/facts.yaml", "  value: 100", '  value: !!python/object/new:os.system ["touch PWNED"]', 2),
])
def test_yaml_python_tags_are_refused_with_a_located_error(project: Path, capsys: pytest.CaptureFixture[str],
                                                           file: str, old: str, new: str, line: int) -> None:
    path = project / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    code, _out, err = run(capsys, project, "build", "--format", "html")
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{file}:{line}: ") and "python/object" in lines[0], err
    assert not (project / "PWNED").exists() and not Path("PWNED").exists()


@pytest.mark.parametrize(("slug", "message"), [
    ("index", "the slug 'index' is the name of the index pages"),
    ("medicine-basics-large",
     "medicine-basics-large.pdf is also the name of the large-print edition of content/en/medicine-basics.md"),
])
def test_slugs_that_would_overwrite_another_output_are_refused(project: Path, capsys: pytest.CaptureFixture[str],
                                                               slug: str, message: str) -> None:
    _handout(project, slug, "Another", "Some text.\n")
    code, _out, err = run(capsys, project, "build", "--format", "html")
    assert code == 1
    assert err.strip() == f"content/en/{slug}.md: {message}; rename the file"
    assert not (project / "build").exists()


@pytest.mark.parametrize("name", ["Bad Name", "../escape", "UPPER"])
def test_file_names_that_are_not_slugs_are_refused(project: Path, capsys: pytest.CaptureFixture[str],
                                                   name: str) -> None:
    target = project / "content/en" / f"{name}.md"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(FRONT.format(title="X") + "Text.\n", encoding="utf-8")
    code, _out, err = run(capsys, project, "build", "--format", "html")
    if name == "../escape":  # outside content/en: not a handout at all
        assert code == 0, err
        return
    assert code == 1 and "file name must be a slug" in err


def test_language_codes_are_validated(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    toml = project / "pyproject.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('["en", "es"]', '["en", "../es"]'), encoding="utf-8")
    code, _out, err = run(capsys, project, "build")
    assert code == 1 and "languages: '../es' is not a language code such as es, pt-BR or zh-Hant" in err
    toml.write_text(toml.read_text(encoding="utf-8").replace('"../es"', '"es/../x"'), encoding="utf-8")
    assert "languages: 'es/../x' is not a language code" in run(capsys, project, "build")[2]


def test_a_runaway_document_is_stopped_with_a_located_error(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    toml = project / "pyproject.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + "timeout = 5\n", encoding="utf-8")
    rows = "\n".join(f"| Visit {i} | Check blood counts and liver tests, then write it down |" for i in range(4000))
    _handout(project, "runaway", "A very long table", f"| Visit | What |\n|---|---|\n{rows}\n")
    started = time.monotonic()
    code, _out, err = run(capsys, project, "build", "-l", "en", "--format", "pdf", "--format", "html", "-j", "2")
    assert time.monotonic() - started < 60
    assert code == 1
    assert "content/en/runaway.md: en/runaway.pdf: PDF rendering took more than 5 s; stopped" in err
    assert not (project / "build/en/runaway.pdf").exists()
    assert (project / "build/en/medicine-basics.pdf").is_file()  # the others are made
    assert not list((project / "build").rglob("*.tmp"))
    # and no web page links to the PDF that was stopped
    assert "runaway.pdf" not in (project / "build/en/runaway.html").read_text(encoding="utf-8")
    assert "runaway.pdf" not in (project / "build/en/index.html").read_text(encoding="utf-8")
    assert 'href="../en/medicine-basics.pdf"' in (project / "build/en/medicine-basics.html").read_text(encoding="utf-8")
