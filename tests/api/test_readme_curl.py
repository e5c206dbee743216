"""The README's "Try it" commands, run as written against the app in-process (a docs review found the `/trace`
example tracing a person who could not be assessed: `"value": [null]`). Each `curl` is read with shlex: its method,
URL, headers and body go to the test client, and every answer must succeed."""

from __future__ import annotations

import shlex
from pathlib import Path
from urllib.parse import urlsplit

import pytest

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _opdrachten() -> list[list[str]]:
    """The curl commands of the first `sh` block after "## Try it", each as its arguments (up to a pipe or `;`)."""
    blok = README.split("## Try it", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    opdrachten, regel = [], ""
    for deel in blok.splitlines():
        if not regel and deel.lstrip().startswith("#"):  # a comment line (its apostrophes are no quotes)
            continue
        regel = f"{regel}\n{deel}" if regel else deel
        if regel.count("'") % 2:  # a body in quotes goes on
            continue
        woorden = shlex.split(regel, comments=True)
        regel = ""
        for i, woord in enumerate(woorden):
            if woord in ("|", ";") or woord.endswith(";"):
                woorden = woorden[:i] + ([woord[:-1]] if woord.endswith(";") and woord != ";" else [])
                break
        if woorden and woorden[0] == "curl":
            opdrachten.append(woorden)
    return opdrachten


def _verzoek(woorden: list[str]) -> tuple[str, str, dict, str | None]:
    methode, url, koppen, body = "GET", None, {}, None
    i = 1
    while i < len(woorden):
        woord = woorden[i]
        if woord == "-X":
            methode, i = woorden[i + 1], i + 1
        elif woord == "-H":
            naam, _, waarde = woorden[i + 1].partition(":")
            koppen[naam.strip()], i = waarde.strip(), i + 1
        elif woord == "-d":
            body, i = woorden[i + 1], i + 1
            methode = "POST" if methode == "GET" else methode
        elif woord in ("-o", "-D"):
            i += 1
        elif woord.startswith("http"):
            url = woord
        i += 1
    delen = urlsplit(url)
    return methode, delen.path + (f"?{delen.query}" if delen.query else ""), koppen, body


OPDRACHTEN = _opdrachten()


def test_the_readme_has_its_curl_examples():
    assert len(OPDRACHTEN) >= 15, len(OPDRACHTEN)


@pytest.mark.parametrize("woorden", OPDRACHTEN, ids=[" ".join(w)[:80] for w in OPDRACHTEN])
def test_every_curl_of_the_readme_works_when_pasted(client, woorden):
    methode, pad, koppen, body = _verzoek(woorden)
    antwoord = client.request(methode, pad, headers=koppen, content=body)
    assert antwoord.status_code < 400, (pad, antwoord.status_code, antwoord.text[:500])
    if pad == "/trace":  # the traced value is a real one: the person can be assessed
        gevraagd = next(iter(antwoord.json()["trace"].values()))["value"]
        assert gevraagd != [None], gevraagd
