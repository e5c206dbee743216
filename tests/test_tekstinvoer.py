"""String inputs reject non-strings everywhere: YAML's Norway problem (`NO` is false) is an error."""

import pytest
from openfisca_core.simulations import SimulationBuilder
from openfisca_core.tools.test_runner import run_tests

from inburgering_rules.hervormingen import basissysteem

YAML = """
- name: Norway problem
  period: 2024-05-01
  input:
    nationaliteit: {waarde}
  output:
    reden_geen_inburgeringsplicht: eu_eer_zwitserland
"""


@pytest.mark.parametrize(("waarde", "code"), [('"NO"', 0), ("NO", 1)])
def test_yaml_test_with_unquoted_no_fails(tmp_path, waarde, code):
    bestand = tmp_path / "norway.yaml"
    bestand.write_text(YAML.format(waarde=waarde), encoding="utf-8")
    assert run_tests(basissysteem(), [str(bestand)], {}) == code


def test_situation_with_boolean_nationality_is_rejected():
    with pytest.raises(Exception, match="must be a string"):
        SimulationBuilder().build_from_entities(
            basissysteem(), {"personen": {"a": {"nationaliteit": {"ETERNITY": False}}}})
