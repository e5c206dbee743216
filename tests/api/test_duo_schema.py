"""The DUO examples, models and enums against the schema facts of ../shared/duo-m2m/interface.md and events.md,
and docs/duo.md against the mapping table it is generated from."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from duo_gevallen import BLOKKEN
from inburgering_rules.api import duo as duo_api
from inburgering_rules.api.schemas import binnenste

from inburgering_rules import duo

ROOT = Path(__file__).resolve().parents[2]
DUO_M2M = ROOT.parent / "shared" / "duo-m2m"
_SECTIE = re.compile(r"^## (.+?) \(API version")
_SCHEMA = re.compile(r"^- \*\*(\w+)\*\*: (.*)$")
_VELD = re.compile(r"`(\w+)`(\*?): (.+?)(?=, `|$)")


def lees_interface() -> dict[str, dict[str, object]]:
    """API -> schema -> either a list of enum members or {field: (type, required)}."""
    apis: dict[str, dict[str, object]] = {}
    huidige = None
    for regel in (DUO_M2M / "interface.md").read_text(encoding="utf-8").splitlines():
        if m := _SECTIE.match(regel):
            huidige = apis.setdefault(m.group(1), {})
        elif (m := _SCHEMA.match(regel)) and huidige is not None:
            naam, rest = m.groups()
            if rest.startswith("enum "):
                huidige[naam] = rest.removeprefix("enum ").split("|")
            else:
                huidige[naam] = {veld: (soort.strip(), ster == "*") for veld, ster, soort in _VELD.findall(rest)}
    return apis


INTERFACE = lees_interface()


def controleer(waarde, soort: str, api: str, pad: str) -> list[str]:
    """What is wrong with `waarde` as DUO's `soort` (a type or a schema name of `api`)."""
    schemas = INTERFACE[api]
    if soort in schemas:
        definitie = schemas[soort]
        if isinstance(definitie, list):
            return [] if waarde in definitie else [f"{pad}: {waarde!r} not in {soort}"]
        if not isinstance(waarde, dict):
            return [f"{pad}: not an object"]
        fouten = [f"{pad}/{k}: unknown field of {soort}" for k in waarde if k not in definitie]
        fouten += [f"{pad}/{k}: required field missing" for k, (_, nodig) in definitie.items()
                   if nodig and k not in waarde]
        for k, (veldsoort, _) in definitie.items():
            if k in waarde:
                fouten += controleer(waarde[k], veldsoort, api, f"{pad}/{k}")
        return fouten
    goed = {
        "string": lambda w: isinstance(w, str),
        "string(date)": lambda w: isinstance(w, str) and bool(date.fromisoformat(w)),
        "string(date-time)": lambda w: isinstance(w, str) and bool(datetime.fromisoformat(w.replace("Z", "+00:00"))),
        "boolean": lambda w: isinstance(w, bool),
        "integer(int32)": lambda w: isinstance(w, int) and not isinstance(w, bool) and abs(w) < 2**31,
        "integer(int64)": lambda w: isinstance(w, int) and not isinstance(w, bool) and abs(w) < 2**63,
    }
    if soort.startswith("number"):
        bereik = re.search(r"(\d+)\.\.(\d+)", soort)
        ok = isinstance(waarde, int | float) and not isinstance(waarde, bool)
        ok = ok and (not bereik or int(bereik.group(1)) <= waarde <= int(bereik.group(2)))
        return [] if ok else [f"{pad}: {waarde!r} is not {soort}"]
    soort = soort.split(" ")[0]  # "string(date) (date of the final fine decision)": the note is no type
    assert soort in goed, f"type {soort!r} of interface.md unknown to this test"
    return [] if goed[soort](waarde) else [f"{pad}: {waarde!r} is not {soort}"]


def _alle_blokken():
    for sleutel, blokken in BLOKKEN.items():
        for i, blok in enumerate(blokken):
            yield f"{sleutel}[{i}]", sleutel, blok
    for sleutel, waarde in duo_api.VOORBEELDEN.items():
        for i, blok in enumerate(waarde if isinstance(waarde, list) else [waarde]):
            yield f"voorbeeld {sleutel}[{i}]", sleutel, blok


def test_interface_md_is_parsed():
    assert INTERFACE["PIP"]["Leerroute"] == ["B", "O", "Z"]
    assert INTERFACE["PIP"]["Gemeente"]["pip"] == ("PIP", True)
    assert INTERFACE["Boete"]["Boete"]["bedrag"] == ("number (whole euros, 1..9999)", True)
    assert INTERFACE["Notificatie"]["Notificatie"]["registratieDatumTijd"] == ("string(date-time)", True)


@pytest.mark.parametrize(("naam", "sleutel", "blok"), list(_alle_blokken()), ids=lambda x: x if isinstance(x, str) else "")
def test_every_example_conforms_to_interface_md(naam, sleutel, blok):
    api, schema, _ = duo.BLOKKEN[sleutel]
    assert controleer(blok, schema, api, naam) == []


def test_the_checker_can_fail():
    api, schema, _ = duo.BLOKKEN["pip"]
    fouten = controleer({"gemeentecode": 363, "pip": {"leerroute": "X", "extra": 1}}, schema, api, "")
    assert len(fouten) == 4  # gemeentecode type, extra field, dagtekeningPip missing, leerroute member


def test_every_block_key_names_a_schema_of_interface_md():
    for sleutel, (api, schema, _) in duo.BLOKKEN.items():
        assert isinstance(INTERFACE[api][schema], dict), sleutel


def _enum_van_interface(naam: str) -> list[str]:
    gevonden = [schemas[naam] for schemas in INTERFACE.values() if naam in schemas]
    assert gevonden and all(g == gevonden[0] for g in gevonden), naam
    return gevonden[0]


@pytest.mark.parametrize("naam", list(duo.LEDEN))
def test_our_enum_rules_cover_exactly_duos_members(naam):
    assert list(duo.LEDEN[naam]) == _enum_van_interface(naam)


def _gebruikte_leden() -> dict[str, set]:
    """DUO enum name -> members used in the example blocks (by walking them along interface.md)."""
    gebruikt: dict[str, set] = {}

    def loop(waarde, soort, api):
        definitie = INTERFACE[api].get(soort)
        if isinstance(definitie, list):
            gebruikt.setdefault(soort, set()).add(waarde)
        elif isinstance(definitie, dict):
            for k, v in waarde.items():
                loop(v, definitie[k][0], api)

    for _, sleutel, blok in _alle_blokken():
        api, schema, _ = duo.BLOKKEN[sleutel]
        loop(blok, schema, api)
    return gebruikt


def test_examples_use_every_member_of_every_enum_of_the_blocks():
    gebruikt = _gebruikte_leden()
    assert set(gebruikt) == set(duo.LEDEN)
    for naam, leden in duo.LEDEN.items():
        assert gebruikt[naam] == set(leden), naam


def test_examples_use_every_event_of_events_md():
    tabel = (DUO_M2M / "events.md").read_text(encoding="utf-8")
    ids = set(re.findall(r"^\| (SS\d{3}) \|", tabel, flags=re.M))
    assert len(ids) == 28
    assert ids == set(duo.GEBEURTENISSEN) == {g["gebeurtenisId"] for g in BLOKKEN["gebeurtenissen"]}


def _model_van(sleutel: str):
    veld = duo_api.DuoAntwoorden.model_fields[sleutel]
    return binnenste(veld.annotation)


def _vergelijk_model(model, api: str, schema: str) -> None:
    definitie = INTERFACE[api][schema]
    assert set(model.model_fields) == set(definitie), schema
    for naam, (soort, nodig) in definitie.items():
        assert model.model_fields[naam].is_required() == nodig, f"{schema}.{naam}"
        binnen = binnenste(model.model_fields[naam].annotation)
        if binnen is not None:
            _vergelijk_model(binnen, api, soort)


@pytest.mark.parametrize("sleutel", list(duo.BLOKKEN))
def test_models_have_exactly_the_fields_and_required_fields_of_interface_md(sleutel):
    api, schema, _ = duo.BLOKKEN[sleutel]
    _vergelijk_model(_model_van(sleutel), api, schema)


@pytest.mark.parametrize(("naam", "sleutel", "blok"), list(_alle_blokken()), ids=lambda x: x if isinstance(x, str) else "")
def test_models_accept_every_example(naam, sleutel, blok):
    duo_api.DuoAntwoorden.model_validate({sleutel: [blok] if duo.BLOKKEN[sleutel][2] else blok})


def test_mapping_table_names_fields_of_interface_md():
    for veld in duo.VELDEN:
        api, schema, _ = duo.BLOKKEN[veld.blok]
        definitie = INTERFACE[api][schema]
        for deel in re.findall(r"\w+", veld.veld.split(",")[0]):
            assert isinstance(definitie, dict) and deel in definitie, f"{veld.blok}.{veld.veld}: {deel}"
            definitie = INTERFACE[api].get(definitie[deel][0], definitie[deel][0])
        if veld.enum:
            assert INTERFACE[api].get(veld.enum) == list(duo.LEDEN[veld.enum])


def test_duo_md_is_current():
    gegenereerd = subprocess.run([sys.executable, str(ROOT / "tools" / "duo_tabel.py")], capture_output=True,
                                 text=True, check=True).stdout
    assert gegenereerd == (ROOT / "docs" / "duo.md").read_text(encoding="utf-8"), (
        "run `.venv/bin/python tools/duo_tabel.py > docs/duo.md`")
    for veld in duo.VELDEN:
        assert f"`{veld.veld}`" in gegenereerd


def test_the_web_pages_paste_recognises_every_block():
    """api/static/duo.js recognises a pasted DUO answer by a field only that block has: every key of the `duo`
    object has a field there, and the keys that hold a list are the list blocks of `duo.BLOKKEN`."""
    js = (ROOT / "api" / "static" / "duo.js").read_text(encoding="utf-8")
    herkenning = js[js.index("const HERKENNING"):js.index("];", js.index("const HERKENNING"))]
    assert set(re.findall(r'\["(\w+)", "\w+"\]', herkenning)) == set(duo.BLOKKEN)
    lijsten = re.search(r"const LIJSTEN = new Set\(\[(.*?)\]\)", js).group(1)
    assert set(re.findall(r'"(\w+)"', lijsten)) == {k for k, (_, _, lijst) in duo.BLOKKEN.items() if lijst}
