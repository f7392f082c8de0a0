"""DATE spans and TIMEX3 values through the whole pipeline, against a fixed document date.

The document date is Thursday 27 December 2018 (ISO week 2018-W52), so "cette semaine"
is 2018-W52 and "il y a une semaine" 2018-W51, as in the contract.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

DOC_DATE = "2018-12-27"


def date_mentions(doc):
    return [(ent.text, ent.kb_id_ or None) for ent in doc.ents if ent.label_ == "DATE"]


ABSOLUTE = [
    ("L'accord a été signé le 26 novembre 2006 à Rabat.", [("26 novembre 2006", "2006-11-26")]),
    ("Le texte a été adopté le 26/11/2006 par le Parlement.", [("26/11/2006", "2006-11-26")]),
    ("Le rapport publié le 2019-06-20 fait le point.", [("2019-06-20", "2019-06-20")]),
    ("Le navire a accosté le 12 Decembre 1990 à Lampedusa.", [("12 Decembre 1990", "1990-12-12")]),
    ("Ils sont arrivés le 3 fevrier 2017 au camp.", [("3 fevrier 2017", "2017-02-03")]),
    ("Les ministres ont signé le 26\nnovembre 2006 une déclaration.", [("26\nnovembre 2006", "2006-11-26")]),
    ("Le centre a ouvert en décembre 2015 près de Calais.", [("décembre 2015", "2015-12")]),
    ("Les arrivées ont doublé en 2015 selon le HCR.", [("2015", "2015")]),
    ("La promotion des migrations ordonnées se poursuit depuis 1951 sans interruption.", [("1951", "1951")]),
    ("Les élections sont attendues mi-2024 dans le pays.", [("mi-2024", "2024")]),
    ("Les travaux reprendront début 2023.", [("début 2023", "2023")]),
    ("Le programme s'achèvera fin 2025.", [("fin 2025", "2025")]),
    ("Le camp a fermé le mercredi 10 avril 2019.", [("mercredi 10 avril 2019", "2019-04-10")]),
    ("Le 1er mai 2016, la frontière a été fermée.", [("1er mai 2016", "2016-05-01")]),
    ("La conférence se tiendra du 3 au 5 mai 2024 à Genève.", [("3 au 5 mai 2024", "2024-05-03/2024-05-05")]),
    ("Le forum s'est tenu du 28 février au 3 mars 2017.", [("28 février au 3 mars 2017", "2017-02-28/2017-03-03")]),
    ("Les arrivées ont augmenté entre 2015 et 2020.", [("2015 et 2020", "2015/2020")]),
    ("Le plan couvre la période 2015-2020.", [("2015-2020", "2015/2020")]),
    ("De mai à juillet 2017, les départs ont cessé.", [("mai à juillet 2017", "2017-05/2017-07")]),
    (
        "Les réunions des 26 et 27 novembre 2018 ont eu lieu à Rabat.",
        [("26", "2018-11-26"), ("27 novembre 2018", "2018-11-27")],
    ),
    ("La crise des années 1990 a déplacé des millions de personnes.", [("années 1990", "199")]),
    ("Dans les années 1990, la région a connu la guerre.", [("années 1990", "199")]),
    ("Les flux ont changé depuis les années 80.", [("années 80", "198")]),
    ("Le déclin a commencé à la fin des années 1970.", [("années 1970", "197")]),
    ("Le chômage a culminé à la fin de 2024.", [("2024", "2024")]),
    ("Les migrations du XXIe siècle posent de nouveaux défis.", [("XXIe siècle", "20")]),
    ("Au 19e siècle, des millions d'Européens ont émigré.", [("19e siècle", "18")]),
    ("Les départs ont baissé au premier trimestre 2018.", [("premier trimestre 2018", "2018-Q1")]),
    ("Les traversées ont culminé à l'été 2015.", [("été 2015", "2015-SU")]),
]

RELATIVE = [
    ("Le HCR a annoncé hier l'ouverture d'un bureau.", [("hier", "2018-12-26")]),
    ("L’OIM a publié aujourd’hui son rapport annuel.", [("aujourd’hui", "2018-12-27")]),
    ("Le gouvernement annoncera aujourd'hui les résultats.", [("aujourd'hui", "2018-12-27")]),
    ("La mission partira demain pour Agadez.", [("demain", "2018-12-28")]),
    ("Le bateau a chaviré avant-hier au large de la Libye.", [("avant-hier", "2018-12-25")]),
    ("Les garde-côtes ont secouru mardi 80 personnes.", [("mardi", "2018-12-25")]),
    ("Le ministre se rendra mardi à Dakar.", [("mardi", "2019-01-01")]),
    ("Le bateau a chaviré vendredi matin près de Sfax.", [("vendredi matin", "2018-12-21")]),
    ("Les ministres ont signé cette semaine une déclaration.", [("cette semaine", "2018-W52")]),
    ("Trois navires sont arrivés la semaine dernière à Malaga.", [("la semaine dernière", "2018-W51")]),
    ("Le comité se réunira la semaine prochaine.", [("la semaine prochaine", "2019-W01")]),
    ("Les arrivées ont baissé ce mois-ci.", [("ce mois-ci", "2018-12")]),
    ("Les départs avaient augmenté le mois dernier.", [("le mois dernier", "2018-11")]),
    ("Le HCR a enregistré 500 demandes l'an dernier.", [("l'an dernier", "2017")]),
    ("Le nombre de départs a doublé l’an passé.", [("l’an passé", "2017")]),
    ("La prochaine réunion est prévue l’année prochaine au Maroc.", [("l’année prochaine", "2019")]),
    ("Les financements ont baissé cette année.", [("cette année", "2018")]),
    ("La déclaration sera présentée en septembre prochain.", [("septembre prochain", "2019-09")]),
    ("Le camp a été évacué en septembre dernier.", [("septembre dernier", "2018-09")]),
    ("Le pays veut réduire la pauvreté d'ici 2030.", [("2030", "2030")]),
    ("Le camp a ouvert il y a trois ans.", [("trois ans", "2015")]),
    ("Le bateau a disparu il y a une semaine.", [("une semaine", "2018-W51")]),
    ("La frontière a fermé il y a deux mois.", [("deux mois", "2018-10")]),
    ("Ils ont quitté Agadez il y a dix jours.", [("dix jours", "2018-12-17")]),
    ("Le convoi arrivera dans trois jours.", [("trois jours", "2018-12-30")]),
    ("La réunion s'est tenue le 21 décembre à Lima.", [("21 décembre", "2018-12-21")]),
    ("La réunion aura lieu le 21 janvier à Lima.", [("21 janvier", "2019-01-21")]),
    ("La conférence s'ouvrira ce mercredi 10 avril.", [("ce mercredi 10 avril", "2019-04-10")]),
    ("Des heurts ont éclaté le week-end dernier.", [("le week-end dernier", "2018-W51-WE")]),
    ("Les traversées ont été nombreuses cet été.", [("cet été", "2018-SU")]),
    ("Le froid a tué des migrants l'hiver dernier.", [("l'hiver dernier", "2017-WI")]),
    ("Le centre doit fermer d'ici lundi.", [("lundi", "2018-12-31")]),
    ("Les arrivées ont baissé depuis lundi.", [("lundi", "2018-12-24")]),
    ("Ils sont rentrés au pays depuis\njanvier.", [("janvier", "2018-01")]),
    ("Le rapport a été présenté au printemps par le ministère.", [("printemps", "2018-SP")]),
    ("La Commission présentera d’ici l’été un plan.", [("l’été", "2019-SU")]),
    ("Plus de 600 personnes sont arrivées au cours du week-end.", [("week-end", "2018-W51-WE")]),
    (
        "Adopté par le Parlement le 10 avril, le pacte s’appliquera en 2026.",
        [("10 avril", "2018-04-10"), ("2026", "2026")],
    ),
    ("Les départs avaient repris fin février.", [("fin février", "2018-02")]),
]

DURATIONS_AND_SETS = [
    ("Elle vit au Liban depuis trois ans.", [("trois ans", "P3Y")]),
    ("Le navire a dérivé pendant onze jours.", [("onze jours", "P11D")]),
    ("Après une traversée d'une semaine, ils ont atteint l'île.", [("une semaine", "P1W")]),
    ("Sept mois plus tard, il a obtenu l'asile.", [("Sept mois", "P7M")]),
    ("Il attend une réponse depuis cinq mois.", [("cinq mois", "P5M")]),
    ("Le camp accueille des familles depuis près de deux ans.", [("deux ans", "P2Y")]),
    ("Les autorités disposent de 48 heures pour statuer.", [("48 heures", "PT48H")]),
    ("Le délai a été porté à vingt et un jours.", [("vingt et un jours", "P21D")]),
    ("La rétention peut durer quatre-vingt-dix jours.", [("quatre-vingt-dix jours", "P90D")]),
    ("Il a passé deux ans et demi en Libye.", [("deux ans et demi", "P30M")]),
    ("Ils ont attendu plusieurs années un visa.", [("plusieurs années", "PXY")]),
    ("Les négociations dureront quelques mois.", [("quelques mois", "PXM")]),
    ("La population a doublé au cours de la dernière décennie.", [("la dernière décennie", "P10Y")]),
    ("Les arrivées ont triplé au cours des trois dernières années.", [("trois dernières années", "P3Y")]),
    ("Le HCR publie ce rapport chaque année.", [("chaque année", "P1Y")]),
    ("Les chiffres sont mis à jour tous les mois.", [("tous les mois", "P1M")]),
    ("Près de 2 000 personnes traversent par jour.", [("par jour", "P1D")]),
    ("Le forum se réunit tous les deux ans.", [("tous les deux ans", "P2Y")]),
    ("Les bénévoles distribuent des repas chaque lundi.", [("chaque lundi", "P1W")]),
    ("Les files se forment chaque matin devant le consulat.", [("chaque matin", "P1D")]),
    ("Un festival de la diaspora a lieu chaque été.", [("chaque été", "P1Y")]),
    ("Ils rentrent au bout de deux ou trois ans.", [("deux ou trois ans", "PXY")]),
    ("Les départs ont augmenté ces dernières années.", [("ces dernières années", None)]),
    ("Les besoins vont croître dans les mois à venir.", [("les mois à venir", None)]),
    ("Des renforts arriveront dans les prochaines semaines.", [("les prochaines semaines", None)]),
    # "des" is "de les": the preposition stays outside, the period is vague
    ("Les arrivées ont chuté au cours des dernières années.", [("dernières années", None)]),
    ("Le calendrier des prochains mois reste incertain.", [("prochains mois", None)]),
    ("Un demi-siècle de politiques d'asile a façonné le pays.", [("Un demi-siècle", "P50Y")]),
    ("Les secours ont repéré le canot après une demi-heure de recherches.", [("une demi-heure", "PT30M")]),
    # a month abbreviated without its dot, between a day and a year
    ("Madrid, 9 oct 2023 (AFP) - Une pirogue est arrivée.", [("9 oct 2023", "2023-10-09")]),
    ("Le 12 sept 2017, le camp a été évacué.", [("12 sept 2017", "2017-09-12")]),
    # a length in months stays one after "à" or "plus de", where a length in years could be an age
    ("Le délai moyen de traitement est tombé à quatre mois.", [("quatre mois", "P4M")]),
    ("Les visas de plus de six mois sont rares.", [("six mois", "P6M")]),
    # the first months of a year are a period of that year, from January
    ("Au cours des neuf premiers mois de 2023, 1 200 arrivées.", [("neuf premiers mois de 2023", "2023-01/2023-09")]),
    ("Les arrivées ont reculé sur les cinq premiers mois de l'année.",
     [("cinq premiers mois de l'année", "2018-01/2018-05")]),
    ("Sur les neuf premiers mois de l'an dernier, 400 retours.",
     [("neuf premiers mois de l'an dernier", "2017-01/2017-09")]),
    # the week of a day; an issue's number before its date is no day of a range
    ("Rapport hebdomadaire – semaine du 26 août 2024", [("semaine du 26 août 2024", "2024-W35")]),
    ("Au cours de la semaine du lundi 3 mars 2025, 1 200 personnes sont arrivées.",
     [("semaine du lundi 3 mars 2025", "2025-W10")]),
    ("Soudan – Mise à jour flash n° 7 – 20 août 2024", [("20 août 2024", "2024-08-20")]),
    ("Flash Update no. 3 - 16 décembre 2025", [("16 décembre 2025", "2025-12-16")]),
    # a year that ends a plan's name, the sentence going on
    ("Le plan de réponse humanitaire 2019 pour la Somalie requiert 1,1 milliard de dollars.", [("2019", "2019")]),
    ("Le plan humanitaire 2019 n'est financé qu'à 4 %.", [("2019", "2019")]),
    # the days from one to the other, a part of the first day said
    ("Les sauvetages se sont poursuivis de vendredi soir à dimanche.",
     [("vendredi soir à dimanche", "2018-12-21/2018-12-23")]),
    ("Du 9 au 15 décembre 2025, 300 personnes sont arrivées.", [("9 au 15 décembre 2025", "2025-12-09/2025-12-15")]),
]


@pytest.mark.parametrize("text,expected", ABSOLUTE + RELATIVE + DURATIONS_AND_SETS)
def test_dates_with_a_document_date(annotate, text, expected):
    assert date_mentions(annotate(text, date=DOC_DATE)) == expected


WITHOUT_DATE = [
    ("La réunion s'est tenue le 21 décembre à Lima.", [("21 décembre", "XXXX-12-21")]),
    ("Les ministres ont signé cette semaine une déclaration.", [("cette semaine", None)]),
    ("Le HCR a annoncé hier l'ouverture d'un bureau.", [("hier", None)]),
    ("La déclaration sera présentée en septembre prochain.", [("septembre prochain", None)]),
    ("Le camp a été évacué en septembre.", [("septembre", "XXXX-09")]),
    ("L'accord a été signé le 26 novembre 2006 à Rabat.", [("26 novembre 2006", "2006-11-26")]),
    ("Le bateau a disparu il y a une semaine.", [("une semaine", None)]),
    ("Elle vit au Liban depuis trois ans.", [("trois ans", "P3Y")]),
]


@pytest.mark.parametrize("text,expected", WITHOUT_DATE)
def test_relative_dates_without_a_document_date_have_no_value(annotate, text, expected):
    doc = annotate(text)
    assert doc._.doc_date is None
    assert date_mentions(doc) == expected


NOT_DATES = [
    "L'OIM compte 175 États membres et des bureaux dans 171 pays.",
    "Au moins 231 personnes ont été secourues au large de la Libye.",
    "Plus de 2 000 migrants attendent à la frontière.",
    "Quelque 2000 migrants attendent encore à Tijuana.",
    "Pour plus d'informations, contactez le bureau. Tél: +51.221 7209.",
    "Tél. : +33 1 45 68 10 00, bureau 2014.",
    "La Journée mondiale des réfugiés mobilise les écoles.",
    "L'OIM contribue à la réalisation du Programme 2030.",
    "Les États ont adopté l'Agenda 2030 pour le développement durable.",
    "Données et recherche\n- 2030 AGENDA\n",
    "Le règlement (UE) 2016/679 protège les données.",
    "La résolution 2334 du Conseil de sécurité a été adoptée.",
    "Actuellement, les migrants sont désormais accueillis et seront prochainement transférés.",
    "Un jour, ils espèrent rentrer chez eux.",
    "Le rassemblement a eu lieu sur la Place de Mai à Buenos Aires.",
    "Le passeur demandait 1999 euros par personne.",
    "La pandémie de COVID-19 a fermé les frontières.",
    "Le camp accueille aujourd'hui plus de 80 000 personnes.",
    "Aujourd'hui, près d'un million de réfugiés vivent dans les camps.",
    "Des milliers d'enfants, dont beaucoup de moins de cinq ans, ont traversé la jungle.",
    "« Je veux étudier », explique Aisha Bello, 24 ans, originaire de Benin City.",
    "Une Hondurienne de 31 ans est arrivée avec ses deux filles.",
    "Mohamed, un enseignant de 41 ans originaire de Nyala, témoigne.",
    # what a year was, and times of day
    "Quelque 520 000 migrants ont traversé, une année record pour le Darién.",
    "Rohingyas : une année meurtrière en mer d'Andaman",
    "Il était à peine 6 heures quand les premiers cars sont arrivés.",
    "Le centre a accueilli 2015 personnes depuis son ouverture.",
    "Le travail en plein air entre 10 heures et 15 heures est interdit.",
    "Elle a été expulsée avec son bébé de deux jours.",
    "Un tiers sont des enfants de moins d'un an nés en Allemagne.",
    "Ils ont compté sept nouveaux cas.",
    # ages in months and weeks, and ages given as a range or a bound
    "Un bébé de cinq mois est mort lors du chavirage.",
    "Le plus jeune a huit mois, la plus âgée avait 70 ans.",
    "Des familles avec des nourrissons de quelques semaines dorment dehors.",
    "Des mineurs seuls de 14 ou 15 ans attendent un passage.",
    "La plupart ont entre 17 et 30 ans ; 7 % ont moins de 15 ans.",
    "Farida, une militante de 27 ans, n'ose plus sortir.",
    "Certains étaient partis à 15 ou 16 ans.",
    "Les mineurs âgés de 12 à 17 ans sont hébergés à part.",
    "Le Mouvement du 23 mars (M23) a pris la ville.",
    "Les États parties aux conventions de 1954 et de 1961 sont plus nombreux.",
    "Le permis créé par le décret 216 de 2021 est valable pour tous.",
    "Depuis le début de l'année, les arrivées augmentent.",
    # which days, not how long
    "Certains jours, nous recevons plus de 600 personnes.",
    "Le seul jour de repos d'une semaine de travail est le dimanche.",
    "La migration a été au cœur des débats.",
    "Les manifestants se sont rassemblés en plein hiver.",
]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a month after "d'ici à" is ahead of the document's date
        ("Le HCR prévoit 200 000 arrivées supplémentaires d'ici à mars.", [("mars", "2019-03")]),
        # the document's month, at its start or its end
        ("Depuis le début du mois, l'OIM a pris en charge 2 300 rapatriés.", [("début du mois", "2018-12")]),
        ("Les autorités veulent fermer le camp d'ici la fin du mois.", [("fin du mois", "2018-12")]),
        # the week before the one last named
        ("Quelque 6 200 personnes sont arrivées la semaine dernière, contre 5 100 la semaine précédente.",
         [("la semaine dernière", "2018-W51"), ("la semaine précédente", "2018-W50")]),
        # "la journée de" is the whole day: the day alone is the span
        ("Sur la seule journée de mardi, 420 personnes ont tenté de franchir la frontière.",
         [("mardi", "2018-12-25")]),
    ],
)
def test_the_month_ahead_and_the_document_s_month(annotate, text, expected):
    assert date_mentions(annotate(text, date=DOC_DATE)) == expected


@pytest.mark.parametrize("text", NOT_DATES)
def test_non_dates_stay_unmarked(annotate, text):
    assert date_mentions(annotate(text, date=DOC_DATE)) == []


def test_seed_dates_are_exact(annotate, seed):
    doc = annotate(seed["text"], date=seed["date"])
    predicted = [(e.start_char, e.end_char, e.kb_id_ or None) for e in doc.ents if e.label_ == "DATE"]
    gold = [(e["start"], e["end"], e["norm"]) for e in seed["entities"] if e["label"] == "DATE"]
    assert predicted == gold


def test_seed_2030_inside_programme_is_not_a_date(annotate, seed):
    doc = annotate(seed["text"])
    assert "2030" not in [e.text for e in doc.ents if e.label_ == "DATE"]


@pytest.mark.parametrize(
    "text,value,kind,first,last",
    [
        ("Le forum s'est tenu cette semaine.", "2018-W52", "date", dt.date(2018, 12, 24), dt.date(2018, 12, 30)),
        ("La conférence aura lieu du 3 au 5 mai 2024.", "2024-05-03/2024-05-05", "range",
         dt.date(2024, 5, 3), dt.date(2024, 5, 5)),
        ("Les départs ont doublé en 2015.", "2015", "date", dt.date(2015, 1, 1), dt.date(2015, 12, 31)),
        ("Les arrivées ont baissé en février 2016.", "2016-02", "date", dt.date(2016, 2, 1), dt.date(2016, 2, 29)),
        ("Elle vit au Liban depuis trois ans.", "P3Y", "duration", None, None),
        ("Le HCR publie ce rapport chaque année.", "P1Y", "set", None, None),
    ],
)  # fmt: skip
def test_span_date_value_object(annotate, text, value, kind, first, last):
    (ent,) = [e for e in annotate(text, date=DOC_DATE).ents if e.label_ == "DATE"]
    assert ent._.date.value == value
    assert ent._.date.type == kind
    assert ent._.date.bounds() == (None if first is None else (first, last))


def test_relative_attrs_record_the_anchor_and_tense(annotate):
    (ent,) = [e for e in annotate("Le bateau a chaviré vendredi.", date=DOC_DATE).ents if e.label_ == "DATE"]
    assert ent._.attrs["relative"] is True
    assert ent._.attrs["anchor"] == "document"
    assert ent._.attrs["tense"] == "past"
    assert ent._.date.relative is True


def test_date_attrs_are_plain_json_values(annotate):
    doc = annotate("Le bateau a chaviré vendredi ; depuis trois ans ; du 3 au 5 mai 2024.", date=DOC_DATE)
    attrs = [e._.attrs for e in doc.ents if e.label_ == "DATE"]
    assert len(attrs) == 3
    assert json.loads(json.dumps(attrs)) == attrs


def test_mod_is_kept_for_part_of_a_period(annotate):
    (ent,) = [e for e in annotate("Les élections sont attendues mi-2024.", date=DOC_DATE).ents if e.label_ == "DATE"]
    assert ent._.date.mod == "MID"
