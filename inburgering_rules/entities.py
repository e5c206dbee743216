"""De ene entiteit van dit pakket: de persoon (inburgeringsplichtige of niet)."""

from openfisca_core.entities import build_entity

Persoon = build_entity(
    key="persoon",
    plural="personen",
    label="Persoon",
    doc=(
        "Een vreemdeling (of iemand van wie dat nog niet vaststaat) voor wie de "
        "Wet inburgering 2021 op een peildatum wordt toegepast."
    ),
    is_person=True,
)

entities = [Persoon]
