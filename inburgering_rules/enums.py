"""De keuzelijsten (enums) uit het publieke contract. Leden in kleine letters; de waarde is
het officiële Nederlandse label. Gedeeld door de variabelen van alle onderwerpen."""

from functools import lru_cache

from openfisca_core.indexed_enums import Enum


@lru_cache(maxsize=256)
def indexen(enum) -> dict[str, int]:
    """De index van elk lid bij zijn naam: één opzoeking in een dict (`enum[naam].index` kost er tien)."""
    return {naam: lid.index for naam, lid in enum.__members__.items()}


class Verblijfsvergunning(Enum):
    geen = "Geen verblijfsvergunning"
    regulier_bepaalde_tijd = "Verblijfsvergunning regulier voor bepaalde tijd (art. 14 Vw, art. 8 a)"
    asiel_bepaalde_tijd = "Verblijfsvergunning asiel voor bepaalde tijd (art. 28 Vw, art. 8 c)"
    regulier_onbepaalde_tijd = "Verblijfsvergunning regulier voor onbepaalde tijd (art. 20 Vw)"
    asiel_onbepaalde_tijd = "Verblijfsvergunning asiel voor onbepaalde tijd (art. 33 Vw)"
    gemeenschapsrecht = "Verblijf op grond van het gemeenschapsrecht (art. 8 e Vw)"
    overig_rechtmatig_verblijf = "Ander rechtmatig verblijf (overige gronden van art. 8 Vw)"


# Vw 2000 art. 8 onder a (art. 14) en onder c (art. 28): de vergunningen waarmee de plicht kan ontstaan (Wi 3 lid 1).
VERGUNNING_ART_8_A = Verblijfsvergunning.regulier_bepaalde_tijd
VERGUNNING_ART_8_C = Verblijfsvergunning.asiel_bepaalde_tijd
# Vw 2000 art. 8 onder e: verblijf op grond van het Unierecht, waarmee iemand van Wi 3 lid 2 lenen kan (Bi 6.1).
VERGUNNING_ART_8_E = Verblijfsvergunning.gemeenschapsrecht


class Verblijfsdoel(Enum):
    onbekend = "Onbekend"
    gezinsmigratie = "Verblijf als familie- of gezinslid (niet tijdelijk)"
    gezinslid_van_asielstatushouder = ("Verblijf als familie- of gezinslid bij een houder van een asielvergunning of "
                                       "van een EU-vergunning langdurig ingezetene met aantekening internationale "
                                       "bescherming (Wi 13 lid 1 b)")
    geestelijk_bedienaar = "Geestelijk bedienaar"
    overig_niet_tijdelijk = "Ander niet-tijdelijk doel"
    gezinslid_van_tijdelijk_verblijvende = (
        "Verblijf als familie- of gezinslid bij een persoon die voor een tijdelijk doel in Nederland verblijft")
    vermogende_vreemdeling = "Verblijf als vermogende vreemdeling"
    arbeid_als_zelfstandige = "Arbeid als zelfstandige"
    kennismigrant = "Arbeid als kennismigrant"
    europese_blauwe_kaart = "Verblijf als houder van de Europese blauwe kaart"
    seizoenarbeid = "Seizoenarbeid"
    overplaatsing_binnen_onderneming = "Overplaatsing binnen een onderneming"
    arbeid_in_loondienst = "Arbeid in loondienst"
    grensoverschrijdende_dienstverlening = "Grensoverschrijdende dienstverlening"
    onderzoek = "Onderzoek in de zin van Richtlijn (EU) 2016/801"
    lerend_werken = "Lerend werken"
    militair_of_burgerpersoneel = "Arbeid als niet-geprivilegieerd militair of niet-geprivilegieerd burgerpersoneel"
    studie = "Studie"
    zoeken_en_verrichten_van_arbeid = "Het zoeken en verrichten van arbeid al dan niet in loondienst"
    uitwisseling = "Uitwisseling, al dan niet in het kader van een verdrag"
    medische_behandeling = "Medische behandeling"
    tijdelijke_humanitaire_gronden = "Tijdelijke humanitaire gronden"
    afwachten_verzoek_rwn_art_17 = "Het afwachten van een verzoek op grond van artikel 17 van de Rijkswet op het Nederlanderschap"
    overig_tijdelijk = "Andere beperking die als tijdelijk is aangewezen (art. 3.5 lid 4 Vb 2000)"


class Ontheffing(Enum):
    geen = "Geen ontheffing"
    volledig_belemmering = "Gehele ontheffing wegens een belemmering of beperking (art. 5 lid 1)"
    gedeeltelijk_belemmering = "Gedeeltelijke ontheffing wegens een belemmering of beperking (art. 5 lid 1)"
    volledig_bijzondere_omstandigheden = "Ontheffing wegens bijzondere individuele omstandigheden (art. 5 lid 2)"


class Leerroute(Enum):
    nog_niet_vastgesteld = "Nog niet vastgesteld"
    b1_route = "B1-route"
    onderwijsroute = "Onderwijsroute"
    z_route = "Zelfredzaamheidsroute"


class Verwijtbaarheid(Enum):
    onbekend = "Nog niet vastgesteld"
    opzet = "Opzet"
    grove_schuld = "Grove schuld"
    geen_opzet_of_grove_schuld = "Geen opzet of grove schuld"
    verminderd_verwijtbaar = "Verminderde verwijtbaarheid"


class RedenGeenInburgeringsplicht(Enum):
    niet_van_toepassing = "Niet van toepassing: inburgeringsplichtig"
    wet_inburgering_2013 = "De Wet inburgering (2013) blijft van toepassing"
    verblijf_voor_inwerkingtreding = "Verblijf verkregen vóór de inwerkingtreding op 1 januari 2022"
    eu_eer_zwitserland = "Onderdaan van een EU-lidstaat, een EER-staat of Zwitserland"
    familielid_eu_burger = "Familielid van een EU-, EER- of Zwitserse burger"
    elders_ingeburgerd = "Elders ingeburgerd voor de status van langdurig ingezetene"
    geen_verblijf_art_8_a_of_c = "Geen rechtmatig verblijf op grond van artikel 8, onderdeel a of c, Vw 2000"
    tijdelijk_verblijfsdoel = "Verblijf voor een tijdelijk doel"
    jonger_dan_16 = "Jonger dan 16 jaar"
    pensioengerechtigde_leeftijd = "Pensioengerechtigde leeftijd bereikt"


# De uitzonderingen van Wi 3 lid 2 onder a tot en met c (onder d is geen invoer): "de persoon, bedoeld in artikel 3,
# tweede lid" van Bi 6.1 (`lening_bi_6_1_persoon`, en de uitleg van de lening).
WI_3_LID_2 = (RedenGeenInburgeringsplicht.eu_eer_zwitserland, RedenGeenInburgeringsplicht.familielid_eu_burger,
              RedenGeenInburgeringsplicht.elders_ingeburgerd)


class Doelgroep(Enum):
    geen = "Geen (niet inburgeringsplichtig)"
    asielstatushouder = "Asielstatushouder (art. 13 lid 1)"
    gezinsmigrant_of_overige_migrant = "Gezinsmigrant of overige migrant (art. 19)"


class Vrijstellingsgrond(Enum):
    geen = "Geen vrijstelling"
    acht_jaar_leerplichtig = "Ten minste acht jaar leerplichtig of kwalificatieplichtig geweest"
    diploma = "Aangewezen diploma, certificaat of ander document"
    leerplichtig_of_kwalificatieplichtig = "Leerplichtig of kwalificatieplichtig"
    opleiding = "Volgt een opleiding naar een aangewezen diploma"
    voldoende_ingeburgerd = "Heeft aangetoond al voldoende te zijn ingeburgerd"
