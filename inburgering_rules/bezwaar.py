"""De bezwaartermijn tegen een besluit (Awb 6:7, 6:8 lid 1), verlengd volgens de Algemene termijnenwet.

Eén berekening voor elk besluit waartegen het pakket de bezwaartermijn geeft (de boetebeschikkingen
van art. 24 en 25; het PIP kan dezelfde helper gebruiken): zes weken vanaf de dag na de bekendmaking,
en eindigt die op een dag die de Atw niet als werkdag telt, dan de eerstvolgende werkdag
(`kalender.verleng_tot_werkdag`).
"""

from __future__ import annotations

import numpy

from inburgering_rules.datums import plus_weken
from inburgering_rules.geldend_recht import waarde_op
from inburgering_rules.kalender import verleng_tot_werkdag


def bezwaartermijn_einde(persoon, bekendmaking) -> numpy.ndarray:
    """Laatste dag om bezwaar te maken tegen een besluit dat op `bekendmaking` is bekendgemaakt (NaT blijft NaT).

    Het aantal weken (`termijnen.bezwaartermijn_weken`) is dat van de dag van bekendmaking."""
    parameter = persoon.simulation.tax_benefit_system.parameters.termijnen.bezwaartermijn_weken
    weken = waarde_op(parameter, bekendmaking, onbekend=0).astype(int)
    awb_6_7_en_6_8 = plus_weken(bekendmaking, weken)
    return verleng_tot_werkdag(awb_6_7_en_6_8)
