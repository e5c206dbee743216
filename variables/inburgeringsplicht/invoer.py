"""Invoer over de persoon en zijn verblijf (Wi art. 3 en 54)."""

from inburgering_rules.enums import Verblijfsdoel, Verblijfsvergunning
from inburgering_rules.instrumenten import wet
from inburgering_rules.variabelen import Datumfeit, Feit, Tekstfeit


class geboortedatum(Datumfeit):
    label = "Geboortedatum"
    reference = [wet("Wi", "3", 1)]
    documentation = "Nodig voor de leeftijdsgrenzen van art. 3 lid 1: 16 jaar en de pensioengerechtigde leeftijd."


class nationaliteit(Tekstfeit):
    label = "Nationaliteit (ISO 3166-1 alpha-2-code, bijvoorbeeld SY, PL, TR; leeg = onbekend)"
    reference = [wet("Wi", "3", 2)]
    documentation = "Art. 3 lid 2 onder a: onderdanen van de EU, de EER en Zwitserland zijn niet inburgeringsplichtig."


class verblijfsvergunning(Feit):
    value_type = Verblijfsvergunning.__base__
    possible_values = Verblijfsvergunning
    default_value = Verblijfsvergunning.geen
    label = "Verblijfstitel"
    reference = [wet("Wi", "3", 1), wet("Wi", "13", 1), wet("Wi", "19")]
    documentation = "Art. 3 lid 1: rechtmatig verblijf in de zin van artikel 8, onderdelen a en c, Vw 2000."


class verblijfsdoel(Feit):
    value_type = Verblijfsdoel.__base__
    possible_values = Verblijfsdoel
    default_value = Verblijfsdoel.onbekend
    label = "Doel of beperking van de verblijfsvergunning regulier"
    reference = [wet("Wi", "3", 1), wet("Bi", "2.2", 1), wet("Bi", "2.2", 2)]
    documentation = """
        Tijdelijke doelen: Bi art. 2.2 lid 1 (lijst gedateerd in parameters/inburgeringsplicht).
        `geestelijk_bedienaar`: wie geestelijke bedienaar is (Wi 1.1: een werkzaamheid, Wi 3 lid 1 onder b), welke
        beperking de vergunning ook heeft; een tijdelijke beperking in zijn plaats maakt hem niet plichtig (I54).
        """


class verblijf_verkregen_datum(Datumfeit):
    label = "Datum waarop het rechtmatig verblijf (art. 8 a of c Vw) is verkregen"
    reference = [wet("Wi", "3", 1), wet("Wi", "3", 3), wet("Wi", "54", 1)]
    documentation = """
        Wi art. 3 lid 1: "Inburgeringsplichtig is de vreemdeling, die rechtmatig verblijf verkrijgt ..."; lid 3: "De
        inburgeringsplicht ontstaat niet met terugwerkende kracht." Interpretatie (I64): de dag waarop de vergunning
        is verleend. Gaat zij met terugwerkende kracht in (een asielvergunning vanaf de dag van de aanvraag), dan
        ontstaat de plicht toch pas op de dag van verlening, en die dag is deze invoer, niet de eerdere ingangsdatum.
        Zo ook bij een wijziging van het verblijfsdoel: wie met een vergunning voor een tijdelijk doel (studie, Bi
        2.2) verblijf had en een vergunning voor een niet-tijdelijk doel krijgt (gezinsmigratie), verkrijgt op die dag
        het verblijf van lid 1 onder a; die dag is deze invoer, met het nieuwe verblijfsdoel (I64, een review).
        """


class inburgeringsplichtig_wi2013(Feit):
    value_type = bool
    label = "De Wet inburgering (2013) was op hem van toepassing op de dag vóór de inwerkingtreding van deze wet"
    reference = [wet("Wi", "54", 1)]
    documentation = """
        Wi art. 54 lid 1: "De Wet inburgering wordt ingetrokken, met dien verstande dat zij van toepassing blijft op
        de personen op wie deze wet van toepassing was op de dag voorafgaand aan de inwerkingtreding van deze wet."
        Alleen die dag telt (inburgeringsplicht.inwerkingtreding_datum min een dag): wie ooit onder de Wet inburgering
        (2013) viel maar op die dag niet meer (hij vertrok en keerde later met een nieuw verblijf terug), geeft nee (een
        review).
        """


class familielid_eu_burger(Feit):
    value_type = bool
    label = "Familielid uit een derde land van een EU-, EER- of Zwitserse burger met verblijfsrecht"
    reference = [wet("Wi", "3", 2), wet("Bi", "6.1")]
    documentation = """
        Wi art. 3 lid 2 onder b. Interpretatie (I43): bij een verblijf op grond van het Unierecht (Vw 8 e) is niet
        gegeven geen "nee": de beslis-API vraagt erom waar het de reden of de lening (Bi 6.1) verandert. In
        OpenFisca en bij een ander verblijf: niet gegeven = nee.
        """


class elders_ingeburgerd_langdurig_ingezetene(Feit):
    value_type = bool
    label = "Heeft elders in de EU/EER voldaan aan een inburgeringsvereiste voor langdurig ingezetene"
    reference = [wet("Wi", "3", 2)]
