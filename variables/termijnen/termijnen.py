"""Termijnen: het PIP (Bi 5.3; Awb 6:7; Algemene termijnenwet), de inburgeringstermijn en haar verlenging
(Wi 11-12; Bi 4.3-4.4) en de termijn voor het wijzigen van de leerroute (Bi 5.4)."""

import numpy

from inburgering_rules.bezwaar import bezwaartermijn_einde
from inburgering_rules.datums import ONBEKEND, als_datum, bekend, dag, einde_termijn
from inburgering_rules.enums import Doelgroep, Leerroute, Verblijfsvergunning
from inburgering_rules.geldend_recht import aantal_op, waarde_op
from inburgering_rules.inschrijving import (
    ingeschreven_als_plichtige,
    nog_niet_ingeschreven,
    pip_regimedag,
    verhuisd_als_plichtige,
)
from inburgering_rules.instrumenten import wet
from inburgering_rules.kalender import atw_binnen_weken
from inburgering_rules.meetellen import termijn_aanvang
from inburgering_rules.variabelen import Besluit, date
from inburgering_rules.verlenging import aanvraag_vanaf, aanzienlijke_inspanningen, termijn_te_verlengen


def _op_dag(persoon, naam, datums):
    """Een aantal (weken, maanden) uit parameters/termijnen zoals het gold op `datums`."""
    parameter = persoon.simulation.tax_benefit_system.parameters.termijnen.children[naam]
    return aantal_op(parameter, datums)


ATW_1_3_4_5 = """
        Algemene termijnenwet art. 1 lid 1: "Een in een wet gestelde termijn die op een zaterdag, zondag of algemeen
        erkende feestdag eindigt, wordt verlengd tot en met de eerstvolgende dag die niet een zaterdag, zondag of
        algemeen erkende feestdag is." Algemene termijnenwet art. 3 lid 2: "Voor de toepassing van deze wet wordt de
        Goede Vrijdag met de in het vorige lid genoemde dagen gelijkgesteld." Lid 3: dagen die bij besluit zijn
        gelijkgesteld (parameter termijnen.atw.gelijkgestelde_dagen; na de laatste gedekte dag geen). Art. 2 (ten
        minste twee werkdagen in een termijn van drie dagen of meer) kan een termijn van twee weken of langer niet
        verlengen (tests/test_kalender.py); kalender.atw_termijn_einde past het toch toe.
        """


def _atw(persoon):
    """De parameters `termijnen.atw` van het stelsel van deze simulatie (een hervorming kan ze wijzigen)."""
    return persoon.simulation.tax_benefit_system.parameters.termijnen.atw


def _pip_telt_vanaf(persoon, dagen):
    """De gebeurtenis waarna de PIP-termijn loopt naar de tekst van Bi 5.3 op elke dag (`termijnen.pip_termijn_aanvang`:
    brp_inschrijving in de tekst 2022, kennisgeving vanaf 2023); "" voor een onbekende dag. Eén lezing van de
    parameter voor de keuze van de tekst (I9) en de termijn zelf."""
    p = persoon.simulation.tax_benefit_system.parameters.termijnen
    return waarde_op(p.pip_termijn_aanvang, dagen, onbekend="", vanaf_eerste=True)


def _binnen_weken_atw(persoon, dagen, weken):
    """"Uiterlijk N weken na dag D" met de Algemene termijnenwet, naar de parameters van deze simulatie."""
    return atw_binnen_weken(dagen, weken, _atw(persoon))


class verhuizing_bi_5_3_lid_3_datum(Besluit):
    value_type = date
    label = "Dag van inschrijving in de andere gemeente na een verhuizing van Bi 5.3 lid 3 (anders geen)"
    reference = [wet("Bi", "5.3", 3), wet("Wi", "3", 3)]
    documentation = """
        Bi art. 5.3 lid 3: "Als de inburgeringsplichtige, voor wie het persoonlijk plan inburgering en participatie
        is opgesteld, zijn woonplaats verplaatst naar een andere gemeente, ..." De inschrijving in de andere gemeente
        (`brp_inschrijving_andere_gemeente_datum`), als zij op of na de verkrijging van het verblijf valt en na het
        (eerste) PIP (`inschrijving.verhuisd_als_plichtige`, I29); anders geen datum: dan geldt lid 1.
        """

    def formula_2022_01_01(persoon, period):
        return verhuisd_als_plichtige(persoon("brp_inschrijving_andere_gemeente_datum", period),
                                      persoon("verblijf_verkregen_datum", period), persoon("pip_datum", period))


class pip_termijn_tekstdag(Besluit):
    value_type = date
    label = "Dag waarvan de tekst van Bi 5.3 de PIP-termijn bepaalt (I9)"
    reference = [wet("Bi", "5.3", 1), wet("Bi", "5.3", 3)]
    documentation = """
        Interpretatie (I9): na een verhuizing van lid 3 de tekst op de dag van de inschrijving in de andere
        gemeente. Anders (de tekst 2022 telt na de inschrijving als inburgeringsplichtige,
        `inschrijving.ingeschreven_als_plichtige`, de tekst vanaf 2023 na de kennisgeving): de tekst 2022 als de
        inschrijving onder die tekst viel en de termijn ook onder die tekst eindigde, of de kennisgeving ook onder
        die tekst viel; anders de tekst vanaf 2023 (`inschrijving.pip_regimedag`). `pip_uiterste_datum`
        rekent met die tekst, en zijn grondslag noemt de leden zoals die tekst ze nummert (I58, `publiek.TEKST_VAN`).
        """

    def formula_2022_01_01(persoon, period):
        inschrijving = ingeschreven_als_plichtige(persoon("brp_inschrijving_datum", period),
                                                  persoon("verblijf_verkregen_datum", period))
        weken = _op_dag(persoon, "pip_weken", inschrijving)

        def tekst_2022(dagen):  # de tekst van die dag telt vanaf de inschrijving
            return _pip_telt_vanaf(persoon, dagen) == "brp_inschrijving"

        einde_2022 = _binnen_weken_atw(persoon, inschrijving, weken)
        return pip_regimedag(persoon("kennisgeving_inburgeringsplicht_datum", period), inschrijving,
                             persoon("verhuizing_bi_5_3_lid_3_datum", period), tekst_2022, einde_2022)


class pip_uiterste_datum(Besluit):
    value_type = date
    label = "Laatste dag waarop het college het PIP moet vaststellen"
    reference = [wet("Bi", "5.3", 1), wet("Bi", "5.3", 2), wet("Bi", "5.3", 3), wet("Atw", "1", 1), wet("Atw", "2"),
                 wet("Atw", "3"), wet("Atw", "4"), wet("Atw", "5")]
    documentation = """
        Bi art. 5.3 lid 1 (tekst 2022-01-01): "Het college stelt het persoonlijk plan inburgering en participatie
        vast binnen uiterlijk 10 weken na de dag waarop de inburgeringsplichtige in de basisregistratie personen is
        ingeschreven, met dien verstande dat als hij rechtmatig verblijf heeft op grond van een verblijfsvergunning
        asiel voor bepaalde tijd, het gaat om de inschrijving in de gemeente waar hij op grond van artikel 28 van de
        Huisvestingswet 2014 is gehuisvest."
        Bi art. 5.3 lid 1 (tekst vanaf 2023-01-01): "Het college stelt het persoonlijk plan inburgering en
        participatie vast uiterlijk 10 weken na de dag waarop Onze Minister de inburgeringsplichtige schriftelijk in
        kennis heeft gesteld van de inburgeringsplicht. Indien de inburgeringsplichtige op de datum van deze
        kennisgeving nog niet is ingeschreven in de gemeente waar hij op grond van artikel 28 van de Huisvestingswet
        2014 wordt gehuisvest, stelt het college het plan vast uiterlijk 10 weken na de dag waarop de
        inburgeringsplichtige in de basisregistratie personen is ingeschreven in de gemeente waar hij op grond van
        artikel 28 van de Huisvestingswet 2014 is gehuisvest."
        Bi art. 5.3 lid 2 (tekst vanaf 2023-01-01): "Het college kan afwijken van de termijn, bedoeld in het eerste
        lid, uitsluitend indien het redelijkerwijs niet mogelijk is om het persoonlijk plan inburgering en
        participatie binnen deze termijn vast te stellen zonder informatie van een derde, van welke informatie het
        college in afwachting is. Uiterlijk twee weken na ontvangst van deze informatie stelt het college het plan
        alsnog vast." Interpretatie (I25): de afwijking geldt als informatie is opgevraagd, uiterlijk op de laatste
        dag van lid 1 ("binnen deze termijn ... in afwachting"), en het college oordeelt dat het plan zonder die
        informatie niet kan worden vastgesteld; de termijn is dan twee weken na ontvangst, nooit eerder dan die van
        lid 1; zonder ontvangstdatum is er (nog) geen uiterste dag.
        Bi art. 5.3 lid 3 (tekst 2022: lid 2): "Als de inburgeringsplichtige, voor wie het persoonlijk plan
        inburgering en participatie is opgesteld, zijn woonplaats verplaatst naar een andere gemeente, stelt het
        college van de andere gemeente het voornoemde plan vast binnen uiterlijk 10 weken na de datum van
        inschrijving van de inburgeringsplichtige in deze gemeente."
        Interpretatie (I9): de tekst die `pip_termijn_tekstdag` kiest (bij de wijziging van 2023-01-01: waar de twee
        lezingen van de overgang het eens zijn die, anders beslist de kennisgeving); na een verhuizing van lid 3 die
        van de inschrijving in de andere gemeente, de dag waarna die termijn loopt. Wie al in de BRP stond voordat
        hij inburgeringsplichtig werd, is als inburgeringsplichtige ingeschreven vanaf de verkrijging van het
        verblijf (Wi 3 lid 3: "De inburgeringsplicht ontstaat niet met terugwerkende kracht."): de latere van
        beide dagen. Een inschrijving in de andere gemeente vóór die verkrijging, of zonder een PIP dat vóór of op
        die dag is vastgesteld ("voor wie het persoonlijk plan inburgering en participatie is opgesteld"), is geen
        verhuizing van lid 3: lid 3 geldt dan niet (de API weigert zo'n inschrijving, I29). Een dag vóór 2022 (een
        hervorming met een eerdere inwerkingtreding): de tekst zoals die op 2022-01-01 in werking trad. De tweede
        zin van de tekst vanaf 2023 ("op de datum van deze kennisgeving nog niet is ingeschreven") veronderstelt
        een kennisgeving: zonder kennisgeving is er (nog) geen uiterste dag.
        Algemene termijnenwet (I20): de termijnen van 10 en 2 weken zijn in een AMvB gesteld (art. 5) en niet langer
        dan twaalf weken (art. 4 onder a), dus de Atw geldt.
        """ + ATW_1_3_4_5

    def formula_2022_01_01(persoon, period, parameters):
        kennisgeving = als_datum(persoon("kennisgeving_inburgeringsplicht_datum", period))
        verkregen = persoon("verblijf_verkregen_datum", period)
        inschrijving = ingeschreven_als_plichtige(persoon("brp_inschrijving_datum", period), verkregen)
        andere_gemeente = persoon("verhuizing_bi_5_3_lid_3_datum", period)
        regimedag = persoon("pip_termijn_tekstdag", period)
        p = persoon.simulation.tax_benefit_system.parameters.termijnen
        vanaf_2023 = _pip_telt_vanaf(persoon, regimedag) == "kennisgeving"
        weken = aantal_op(p.pip_weken, regimedag)
        asiel = persoon("verblijfsvergunning", period) == Verblijfsvergunning.asiel_bepaalde_tijd
        tekst_2023_lid_1 = numpy.where(nog_niet_ingeschreven(asiel, kennisgeving, inschrijving), inschrijving,
                                       kennisgeving)
        lid_1 = _binnen_weken_atw(persoon, numpy.where(vanaf_2023, tekst_2023_lid_1, inschrijving), weken)
        ontvangen = als_datum(persoon("pip_informatie_derde_ontvangen_datum", period))
        opgevraagd = als_datum(persoon("pip_informatie_derde_opgevraagd_datum", period))
        lid_2 = (vanaf_2023 & (opgevraagd <= lid_1) & persoon("pip_zonder_informatie_derde_niet_mogelijk", period))
        derde_weken = aantal_op(p.pip_informatie_derde_weken, regimedag)
        na_ontvangst = _binnen_weken_atw(persoon, ontvangen, derde_weken)
        uiterste = numpy.where(lid_2, numpy.maximum(lid_1, na_ontvangst), lid_1)
        lid_3 = _binnen_weken_atw(persoon, andere_gemeente, weken)
        uiterste = numpy.where(bekend(andere_gemeente), lid_3, uiterste)
        return numpy.where(persoon("plicht_te_voldoen", period), uiterste, ONBEKEND)


class pip_vastgesteld_datum(Besluit):
    value_type = date
    label = "Dag waarop het PIP is vastgesteld dat pip_uiterste_datum vraagt (na een verhuizing: door de andere gemeente)"
    reference = [wet("Bi", "5.3", 1), wet("Bi", "5.3", 3)]
    documentation = """
        Bi art. 5.3 lid 3: "Als de inburgeringsplichtige, voor wie het persoonlijk plan inburgering en participatie
        is opgesteld, zijn woonplaats verplaatst naar een andere gemeente, stelt het college van de andere gemeente
        het voornoemde plan vast binnen uiterlijk 10 weken na de datum van inschrijving van de inburgeringsplichtige
        in deze gemeente."
        Na een verhuizing (brp_inschrijving_andere_gemeente_datum) is dat het plan van de andere gemeente
        (pip_andere_gemeente_datum; niet gegeven: nog niet vastgesteld), niet het eerste plan (pip_datum), dat
        vóór de verhuizing ligt; anders pip_datum. Zo ziet de beslis-API of de termijn van het college is gehaald.
        """

    def formula_2022_01_01(persoon, period):
        andere_gemeente = persoon("verhuizing_bi_5_3_lid_3_datum", period)
        lid_3 = als_datum(persoon("pip_andere_gemeente_datum", period))
        lid_1 = als_datum(persoon("pip_datum", period))
        return numpy.where(bekend(andere_gemeente), lid_3, lid_1)


class pip_bezwaartermijn_einddatum(Besluit):
    value_type = date
    label = "Laatste dag om bezwaar te maken tegen het PIP"
    reference = [wet("Awb", "6:7"), wet("Awb", "6:8", 1), wet("Atw", "1", 1), wet("Atw", "2"), wet("Atw", "3"),
                 wet("Atw", "4")]
    documentation = """
        Awb art. 6:7: "De termijn voor het indienen van een bezwaar- of beroepschrift bedraagt zes weken."
        Awb art. 6:8 lid 1: "De termijn vangt aan met ingang van de dag na die waarop het besluit op de
        voorgeschreven wijze is bekendgemaakt."
        Zonder bekendmakingsdatum geldt de dagtekening van het PIP.
        Na een verhuizing stelt het college van de andere gemeente het plan vast (Bi 5.3 lid 3): een nieuw besluit met
        een eigen bezwaartermijn, die dan geldt, vanaf de dagtekening van dat plan (`pip_andere_gemeente_datum`; de
        dag van zijn bekendmaking is geen invoer).
        Algemene termijnenwet (I20): zes weken, in een wet gesteld en niet langer dan twaalf weken: de Atw geldt.
        """ + ATW_1_3_4_5

    def formula_2022_01_01(persoon, period, parameters):
        bekendmaking = als_datum(persoon("pip_bekendmaking_datum", period))
        bekendmaking = numpy.where(bekend(bekendmaking), bekendmaking, als_datum(persoon("pip_datum", period)))
        andere_gemeente = persoon("verhuizing_bi_5_3_lid_3_datum", period)
        plan_andere_gemeente = als_datum(persoon("pip_andere_gemeente_datum", period))
        bi_5_3_lid_3 = bekend(andere_gemeente) & bekend(plan_andere_gemeente)
        bekendmaking = numpy.where(bi_5_3_lid_3, plan_andere_gemeente, bekendmaking)
        awb_6_7_en_6_8 = bezwaartermijn_einde(persoon, bekendmaking)
        return awb_6_7_en_6_8


class inburgeringstermijn_startdatum(Besluit):
    value_type = date
    label = "Eerste dag van de inburgeringstermijn"
    reference = [wet("Wi", "11", 2), wet("Wi", "11", 3)]
    documentation = """
        Wi art. 11 lid 2: "De termijn vangt aan op de dag na die van dagtekening van het persoonlijk plan inburgering
        en participatie, bedoeld in artikel 15, derde lid."
        Wi art. 11 lid 3: "Het moment van aanvang wijzigt niet, indien het persoonlijk plan inburgering en
        participatie: a. al dan niet gedeeltelijk herroepen of vernietigd wordt, en er in de plaats daarvan een
        gewijzigd plan wordt vastgesteld; of b. opnieuw wordt vastgesteld." (pip_datum is de eerste dagtekening.)
        """

    def formula_2022_01_01(persoon, period):
        lid_2 = termijn_aanvang(persoon("pip_datum", period))
        return numpy.where(persoon("plicht_te_voldoen", period), lid_2, ONBEKEND)


class inburgeringstermijn_einddatum(Besluit):
    value_type = date
    label = "Laatste dag van de inburgeringstermijn, verlengingen inbegrepen"
    reference = [wet("Wi", "11", 1), wet("Wi", "12", 1)]
    documentation = """
        Wi art. 11 lid 1: "De inburgeringsplichtige voldoet binnen drie jaar aan de inburgeringsplicht."
        Wi art. 12 lid 1: "Onze Minister verlengt telkens de termijn, bedoeld in artikel 11, eerste lid, als de
        inburgeringsplichtige aannemelijk maakt dat: a. het overschrijden van die termijn hem niet te verwijten valt;
        of b. na aanzienlijke inspanningen van de inburgeringsplichtige, verlenging leidt tot het voldoen aan de
        inburgeringsplicht conform de op grond van artikel 15 vastgestelde leerroute."
        Interpretatie (I10): verleende verlengingen tellen in maanden op bij de termijn.
        Algemene termijnenwet (I20): niet van toepassing op de termijn, ook niet verlengd, wat de duur van de
        verlenging ook is: de termijn is in jaren gesteld (Atw art. 4 onder a), en de duur van een verlenging staat in
        een beschikking, niet in een wet.
        """

    def formula_2022_01_01(persoon, period):
        start = persoon("inburgeringstermijn_startdatum", period)
        art_11_lid_1 = _op_dag(persoon, "inburgeringstermijn_maanden", start)
        art_12_lid_1 = persoon("termijn_verlenging_maanden", period)
        return einde_termijn(start, art_11_lid_1 + art_12_lid_1)


class termijn_verstreken(Besluit):
    value_type = bool
    label = "De (verlengde) inburgeringstermijn is op de peildatum verstreken"
    reference = [wet("Wi", "11", 1), wet("Wi", "12", 1)]
    documentation = "Waar als de peildatum na de laatste dag van de (verlengde) termijn ligt."

    def formula_2022_01_01(persoon, period):
        return persoon("inburgeringstermijn_einddatum", period) < dag(period)


class leerroute_wijziging_uiterste_datum(Besluit):
    value_type = date
    label = "Laatste dag waarop het college de leerroute opnieuw kan vaststellen"
    reference = [wet("Wi", "17", 2), wet("Bi", "5.4", 1), wet("Bi", "5.4", 2), wet("Bi", "5.4", 3)]
    documentation = """
        Bi art. 5.4 lid 1: "De termijn, bedoeld in artikel 17, tweede lid, van de wet, bedraagt maximaal anderhalf
        jaar vanaf de aanvang van de termijn, bedoeld in artikel 11, eerste lid, van de wet, met dien verstande dat
        gedurende het gehele inburgeringstraject de onderwijsroute kan worden gewijzigd in de B1-route."
        Bi art. 5.4 lid 2 (tekst vanaf 2023-01-01): "Indien de inburgeringsplichtige een niet vrijstellende
        opleiding als bedoeld in artikel 4.3, tweede lid, heeft afgerond of voortijdig heeft beëindigd na het
        verstrijken van de termijn, bedoeld in het eerste lid, kan het college, in afwijking van de termijn, bedoeld
        in het eerste lid, na het afronden van deze opleiding de door de inburgeringsplichtige te volgen leerroute
        wijzigen."
        Bi art. 5.4 lid 3 (tekst 2022: lid 2): "In bijzondere gevallen die de inburgeringsplichtige betreffen, kan het
        college afwijken van de termijn, bedoeld in het eerste lid."
        Interpretatie (I26): na lid 2 (de opleiding eindigde na de termijn van lid 1) of lid 3
        (oordeel van het college: `leerroute_wijziging_bijzonder_geval`) noemt de tekst geen laatste dag: er is dan
        geen uiterste datum (leeg). Zonder dat oordeel noemt de beslis-API de datum onbepaald. Lid 2 geldt naar de
        tekst op de peildatum (`leerroute_wijziging_na_opleiding`, vanaf 2023-01-01) en pas als de opleiding op de
        peildatum is afgerond of beëindigd ("heeft afgerond of voortijdig heeft beëindigd"): een latere einddatum
        is nog een verwachting, tot dan geldt de termijn van lid 1.
        Algemene termijnenwet (I20): niet van toepassing, anderhalf jaar is meer dan drie maanden (Atw art. 4 onder a).
        """

    def formula_2022_01_01(persoon, period, parameters):
        start = persoon("inburgeringstermijn_startdatum", period)
        lid_1 = einde_termijn(start, _op_dag(persoon, "leerroute_wijziging_maanden", start))
        opleiding_beeindigd = als_datum(persoon("niet_vrijstellende_opleiding_beeindigd_datum", period))
        lid_2 = (parameters(period).termijnen.leerroute_wijziging_na_opleiding
                 & (opleiding_beeindigd > lid_1) & (opleiding_beeindigd <= dag(period)))
        lid_3 = persoon("leerroute_wijziging_bijzonder_geval", period)
        return numpy.where(lid_2 | lid_3, ONBEKEND, lid_1)


class verlenging_niet_verwijtbaar_mogelijk(Besluit):
    value_type = bool
    label = "De Minister verlengt de termijn omdat het overschrijden de inburgeringsplichtige niet te verwijten valt"
    reference = [wet("Wi", "12", 1), wet("Bi", "4.3", 1), wet("Bi", "4.3", 2), wet("Bi", "4.3", 3)]
    documentation = """
        Wi art. 12 lid 1: "Onze Minister verlengt telkens de termijn, bedoeld in artikel 11, eerste lid, als de
        inburgeringsplichtige aannemelijk maakt dat: a. het overschrijden van die termijn hem niet te verwijten valt".
        Bi art. 4.3 lid 1: "De inburgeringsplichtige treft geen verwijt ter zake van het niet tijdig voldoen aan de
        inburgeringsplicht, indien hij aannemelijk maakt dat zich gedurende de periode van de termijn een
        omstandigheid heeft voorgedaan waardoor hij niet in staat is geweest deel te nemen aan activiteiten die erop
        zijn gericht te voldoen aan de inburgeringsplicht en dit hem in alle redelijkheid niet te verwijten valt."
        (een oordeel van de Minister: `verhindering_niet_verwijtbaar`).
        Bi art. 4.3 lid 2 (tekst vanaf 2023-01-01): "De inburgeringsplichtige treft geen verwijt ter zake van het
        niet tijdig voldoen aan de inburgeringsplicht, indien hij aantoont dat hij gedurende de termijn, bedoeld in
        artikel 11, eerste lid, van de wet, een bij ministeriële regeling aan te wijzen niet vrijstellende opleiding
        volgt of volgde, of deze opleiding na het verstrijken van de termijn, bedoeld in artikel 11 van de wet, of
        de op grond van artikel 12 van de wet verlengde termijn, nog voortzet."
        Bi art. 4.3 lid 3: "Bij ministeriële regeling kunnen nadere regels worden gesteld met betrekking tot de duur
        van de verlenging en de toepassing van het eerste en het tweede lid." De Regeling staat niet in
        shared/law/text: de duur van de verlenging is niet te berekenen; de verleende maanden zijn invoer
        (`termijn_verlenging_maanden`). Interpretatie (I27): lid 2 geldt naar de tekst op de peildatum; de
        opleiding is gevolgd als zij vóór of op de peildatum en de laatste dag van de termijn van art. 11 lid 1
        begon en niet vóór de aanvang van die termijn eindigde.
        """

    def formula_2022_01_01(persoon, period, parameters):
        peildatum = dag(period)
        start = persoon("inburgeringstermijn_startdatum", period)
        art_11_lid_1_einde = einde_termijn(start, _op_dag(persoon, "inburgeringstermijn_maanden", start))
        lid_1 = persoon("verhindering_niet_verwijtbaar", period)
        opleiding_start = als_datum(persoon("niet_vrijstellende_opleiding_startdatum", period))
        opleiding_einde = als_datum(persoon("niet_vrijstellende_opleiding_beeindigd_datum", period))
        gevolgd = ((opleiding_start <= peildatum) & (opleiding_start <= art_11_lid_1_einde)
                   & ~(opleiding_einde < start))
        lid_2 = parameters(period).termijnen.opleiding_niet_verwijtbaar & gevolgd
        wi_12_lid_1 = termijn_te_verlengen(start, persoon("inburgeringsplicht_voldaan", period), peildatum)
        return persoon("plicht_te_voldoen", period) & wi_12_lid_1 & (lid_1 | lid_2)


class verlenging_aanzienlijke_inspanning_mogelijk(Besluit):
    value_type = bool
    label = "Verlenging van de termijn na aanzienlijke inspanningen (Bi 4.4) staat open"
    reference = [wet("Wi", "12", 1), wet("Bi", "4.4", 1), wet("Bi", "4.4", 2), wet("Bi", "4.4", 3),
                 wet("Bi", "4.5", 1), wet("Bi", "5.3", 5)]
    documentation = """
        Bi art. 4.4 lid 1: "Onze Minister verlengt de termijn genoemd in artikel 11, eerste lid, van de wet, in het
        geval van artikel 12, eerste lid, onderdeel b, van de wet, met zes maanden."
        Lid 2: "Van aanzienlijke inspanningen als bedoeld in artikel 12, eerste lid, onderdeel b, van de wet is
        sprake indien de inburgeringsplichtige: a. de B1-route volgt en de spreekvaardigheid, luistervaardigheid,
        leesvaardigheid en schrijfvaardigheid worden geëxamineerd op het niveau dat is vastgelegd in het persoonlijk
        plan inburgering en participatie, maar ten minste op het niveau A2; b. alle taallessen en cursusuren kennis
        van de Nederlandse maatschappij heeft gevolgd, met uitzondering van afwezigheid vanwege geoorloofd verzuim;
        c. minimaal twee van de vier examenonderdelen als bedoeld in onderdeel a, van het inburgeringsexamen heeft
        behaald, alsmede het onderdeel kennis van de Nederlandse maatschappij; en d. het
        participatieverklaringstraject en de module Arbeidsmarkt en Participatie heeft afgerond."
        Lid 3: "Voor gezinsmigranten en overige migranten geldt in afwijking van het tweede lid, onderdeel b, dat zij
        ten minste 450 uren aan taallessen of cursusuren kennis van de Nederlandse maatschappij hebben gevolgd."
        Bi art. 4.5 lid 1: "Een aanvraag tot verlenging van de voor de inburgeringsplichtige geldende termijn
        kan niet eerder worden ingediend dan zes maanden voor het verstrijken van die termijn." Interpretatie
        Afgerond (lid 2 d) is wat meetelt: niet vóór de dag van het PIP (Bi 5.3 lid 5, I41); de uren en
        examenonderdelen (lid 2 b en c, lid 3) zijn invoer zonder dag. Interpretatie
        (I39): de verlenging staat open vanaf die dag (`verlenging.aanvraag_vanaf`, met de (verlengde)
        termijn); daarvóór niet, ook als lid 2 en 3 al vervuld zijn (de uitleg noemt dan de dag).
        Algemene termijnenwet (I20): de verlenging van zes maanden valt erbuiten (meer dan drie maanden, Atw 4 a).
        Wi 12 lid 1 onder b vraagt ook dat de inburgeringsplichtige aannemelijk maakt dat "verlenging leidt tot het
        voldoen aan de inburgeringsplicht conform de op grond van artikel 15 vastgestelde leerroute": dat oordeel is
        aan de Minister en geen invoer; "staat open" zegt dat de voorwaarden van Bi 4.4 en 4.5 vervuld zijn (I57). Wie
        al heeft voldaan, heeft geen termijn meer die verlengd kan worden.
        """

    def formula_2022_01_01(persoon, period, parameters):
        p = parameters(period).termijnen
        peildatum = dag(period)
        bi_4_4_lid_2_en_3 = aanzienlijke_inspanningen(
            p,
            b1_route=persoon("leerroute_van_het_pip", period) == Leerroute.b1_route,
            gezinsmigrant=persoon("doelgroep", period) == Doelgroep.gezinsmigrant_of_overige_migrant,
            lesuren=persoon("lesuren_gevolgd", period),
            alle_lessen=persoon("alle_lessen_gevolgd", period),
            taalonderdelen=persoon("taalonderdelen_behaald_aantal", period),
            knm=persoon("knm_behaald", period),
            pvt_afgerond=persoon("pvt_meetellend_afgerond_datum", period),
            map_afgerond=persoon("map_meetellend_afgerond_datum", period),
            peildatum=peildatum,
        )
        einde = persoon("inburgeringstermijn_einddatum", period)
        bi_4_5_lid_1 = aanvraag_vanaf(p.verlenging_aanvraag_maanden_voor_einde, einde) <= peildatum
        wi_12_lid_1 = termijn_te_verlengen(persoon("inburgeringstermijn_startdatum", period),
                                           persoon("inburgeringsplicht_voldaan", period), peildatum)
        return (persoon("plicht_te_voldoen", period) & wi_12_lid_1
                & numpy.logical_and.reduce(list(bi_4_4_lid_2_en_3.values())) & bi_4_5_lid_1)


class inburgeringstermijn_einddatum_na_verlenging_aanzienlijke_inspanning(Besluit):
    value_type = date
    label = "Laatste dag van de termijn als de verlenging na aanzienlijke inspanningen wordt verleend"
    reference = [wet("Bi", "4.4", 1)]
    documentation = """
        Bi art. 4.4 lid 1: "Onze Minister verlengt de termijn genoemd in artikel 11, eerste lid, van de wet, in het
        geval van artikel 12, eerste lid, onderdeel b, van de wet, met zes maanden." Alleen als die verlenging open
        staat (verlenging_aanzienlijke_inspanning_mogelijk).
        Algemene termijnenwet (I20): niet van toepassing, de termijn is in jaren gesteld (Atw art. 4 onder a).
        """

    def formula_2022_01_01(persoon, period):
        start = persoon("inburgeringstermijn_startdatum", period)
        maanden = (_op_dag(persoon, "inburgeringstermijn_maanden", start) + persoon("termijn_verlenging_maanden", period)
                   + _op_dag(persoon, "verlenging_aanzienlijke_inspanning_maanden", start))
        mogelijk = persoon("verlenging_aanzienlijke_inspanning_mogelijk", period)
        return numpy.where(mogelijk, einde_termijn(start, maanden), ONBEKEND)
