"""Code health: every variable and parameter carries its citation, the vocabulary is complete,
and documentation quotes the law verbatim."""

import re
from pathlib import Path

import pytest
import yaml

from inburgering_rules import bronmap, publiek
from inburgering_rules.hervormingen import basissysteem
from inburgering_rules.instrumenten import grondslag

SYSTEEM = basissysteem()
ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
VOCABULARY = SHARED / "contract" / "vocabulary.md"
WETTEKST = SHARED / "law" / "text"


def test_every_variable_has_a_dutch_label_and_a_legal_reference():
    for naam, variabele in SYSTEEM.variables.items():
        assert variabele.label and variabele.label != naam, naam
        assert variabele.reference, f"{naam} has no reference"
        for url in variabele.reference:
            assert grondslag(url)["artikel"], f"{naam}: {url} is not a Juriconnect article link"


def test_every_decision_quotes_or_explains_its_law():
    for naam in publiek.BESLUITEN:
        assert len(SYSTEEM.variables[naam].documentation or "") > 60, naam


def test_decisions_are_day_and_inputs_are_eternity():
    for naam in publiek.BESLUITEN:
        assert SYSTEEM.variables[naam].definition_period == "day", naam
    for naam in publiek.INVOER:
        assert SYSTEEM.variables[naam].definition_period == "eternity", naam
        assert not SYSTEEM.variables[naam].formulas, f"input {naam} must not have a formula"
    # and every such variable is a public input (`simulatie.invoernamen`; a review found two that were not)
    assert {naam for naam, v in SYSTEEM.variables.items()
            if not v.formulas and v.definition_period == "eternity"} <= set(publiek.INVOER)


PARAMETERBESTANDEN = sorted(p for p in bronmap("parameters").rglob("*.yaml") if p.name != "index.yaml")


@pytest.mark.parametrize("bestand", PARAMETERBESTANDEN, ids=lambda p: str(p.relative_to(bronmap("parameters"))))
def test_parameter_files_are_complete_and_have_no_stray_keys(bestand):
    data = yaml.safe_load(bestand.read_text(encoding="utf-8"))
    assert set(data) <= {"description", "documentation", "metadata", "values"}, f"stray keys: {set(data)}"
    assert "values" in data, "a parameter without `values` (a typo such as `valeus`?)"
    meta = data["metadata"]
    for sleutel in ("label", "label_en", "unit", "reference"):
        assert meta.get(sleutel) not in (None, ""), f"metadata.{sleutel} missing"
    for verwijzing in meta["reference"]:
        assert set(verwijzing) == {"title", "href"} and verwijzing["href"].startswith("https://wetten.overheid.nl/")
    for datum, waarde in data["values"].items():
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(datum)), datum
        assert set(waarde) <= {"value", "metadata"} and "value" in waarde
        assert waarde["metadata"]["reference"], f"value of {datum} has no reference"


def test_every_loaded_parameter_leaf_comes_from_a_file_with_values():
    for knoop in SYSTEEM.parameters.get_descendants():
        if type(knoop).__name__ == "ParameterNode":
            assert knoop.children or knoop.description, f"empty node {knoop.name} without index.yaml"
        else:
            assert knoop.values_list, knoop.name


@pytest.mark.skipif(not VOCABULARY.exists(), reason="../shared/contract/vocabulary.md not present")
def test_vocabulary_names_exist_with_their_types_and_enum_members():
    tekst = VOCABULARY.read_text(encoding="utf-8")
    rijen = [r for r in tekst.splitlines() if r.startswith("| `")]
    for rij in rijen:
        cellen = [c.strip() for c in rij.strip("|").split("|")]
        namen = re.findall(r"`([a-z0-9_.]+)`", cellen[0])
        for naam in namen:
            if "." in naam:  # a parameter path
                knoop = SYSTEEM.parameters
                for deel in naam.split("."):
                    knoop = knoop.children[deel]
                continue
            assert naam in SYSTEEM.variables, naam
            variabele = SYSTEEM.variables[naam]
            if cellen[1].startswith("enum"):
                leden = {lid.name for lid in variabele.possible_values}
                for lid in re.findall(r"`([a-z0-9_]+)`", cellen[1 if "(" in cellen[1] else 2]):
                    if lid not in (naam, variabele.possible_values.__name__):
                        assert lid in leden, (naam, lid)
    assert set(publiek.INVOER) | set(publiek.BESLUITEN) <= set(SYSTEEM.variables)


def _corpus() -> str:
    teksten = []
    for bestand in WETTEKST.rglob("*.yaml"):
        for artikel in yaml.safe_load(bestand.read_text(encoding="utf-8"))["articles"]:
            teksten.append(artikel["text"])
    tekst = " ".join(teksten)
    tekst = re.sub(r"\[([^\]]*)\]\[ref\d+\]", r"\1", tekst)
    return " ".join(tekst.split())


@pytest.mark.skipif(not WETTEKST.exists(), reason="../shared/law/text not present")
def test_quotes_in_documentation_are_verbatim_law():
    """Every quoted passage ("...") from the Wi, Bi or Pw in a documentation is in the law's text.
    Elisions ("...") split a quote into parts; each part must be found."""
    corpus = _corpus()
    for naam, variabele in SYSTEEM.variables.items():
        documentatie = " ".join((variabele.documentation or "").split())
        for citaat in re.findall(r'"([^"]{25,})"', documentatie):
            if "Awb" in documentatie.split(citaat)[0][-40:] or "termijnenwet" in documentatie.split(citaat)[0][-60:]:
                continue  # Awb and Atw are not in shared/law/text
            for deel in re.split(r"\s*\.\.\.\s*|\s*…\s*|[:;](?:\s+(?:en|of))?\s+(?:[a-z]|\d+°)\.?\s+", citaat):
                deel = deel.strip(" ;:,")
                if len(deel) >= 20:
                    assert deel in corpus, f"{naam}: not verbatim: {deel[:90]!r}"


def test_a_date_output_geen_is_only_in_the_geen_datum_files():
    """README: only the files named geen_datum.yaml use `geen` for a date, so the rest stays runnable with
    `openfisca test` (which cannot read it). A review found one elsewhere (boetes, geval 53)."""
    buiten = []
    for bestand in sorted((ROOT / "tests" / "yaml").rglob("*.yaml")):
        if bestand.name == "geen_datum.yaml":
            continue
        for geval in yaml.safe_load(bestand.read_text(encoding="utf-8")) or []:
            for naam, waarde in (geval.get("output") or {}).items():
                variabele = SYSTEEM.variables.get(naam)
                if waarde == "geen" and variabele is not None and variabele.dtype == "datetime64[D]":
                    buiten.append(f"{bestand.relative_to(ROOT)}: {geval['name'][:40]}: {naam}")
    assert not buiten, buiten
