"""De bezwaartermijn tegen een besluit (Awb 6:7, 6:8 lid 1), verlengd volgens de Algemene termijnenwet.

Eén berekening voor elk besluit waartegen het pakket de bezwaartermijn geeft (de boetebeschikkingen
van art. 24 en 25 en het PIP): zes weken vanaf de dag na de bekendmaking, en eindigt die op een dag die de
Atw niet als werkdag telt, dan de eerstvolgende werkdag (`kalender.atw_binnen_weken`, met de
Atw-parameters van de simulatie).
"""

from __future__ import annotations

import numpy

from inburgering_rules.geldend_recht import aantal_op
from inburgering_rules.kalender import atw_binnen_weken


def bezwaartermijn_einde(persoon, bekendmaking) -> numpy.ndarray:
    """Laatste dag om bezwaar te maken tegen een besluit dat op `bekendmaking` is bekendgemaakt (NaT blijft NaT).

    Het aantal weken (`termijnen.bezwaartermijn_weken`) is dat van de dag van bekendmaking."""
    termijnen = persoon.simulation.tax_benefit_system.parameters.termijnen
    weken = aantal_op(termijnen.bezwaartermijn_weken, bekendmaking)
    return atw_binnen_weken(bekendmaking, weken, termijnen.atw)
