# -*- coding: utf-8 -*-
# Blind held-out set 3 for migtext: source documents with inline annotations.
# Written from scratch for this set (no real article copied).
#
# Entity marker:  ⟦surface|LABEL|norm⟧   (norm "-" = null; norm omitted = looked up
#                                          from an earlier explicit mention of the same
#                                          surface and label, else null)
# Figure marker:  ⟨surface|value|value_max|q|u|group|event|country|origin|date|source⟩
#                  q: e=exact a=approx m=min x=max ; u: p=person h=household ; "-" = null
# Surfaces may span line breaks; markers never nest.

DOCS = []

def doc(id, date, src):
    DOCS.append({"id": id, "date": date, "src": src})

# ---------------------------------------------------------------- 01 OIM release
doc("h3_01", "2024-04-11", """⟦Méditerranée|LOC⟧ : près de ⟨600|600|-|a|p|migrant|death|-|-|2024-Q1|IOM⟩ migrants morts au ⟦premier trimestre 2024|DATE|2024-Q1⟧

⟦Genève|LOC⟧, ⟦11 avril 2024|DATE|2024-04-11⟧ (⟦OIM|ORG|IOM⟧) – Au moins ⟨596|596|-|m|p|migrant|death|-|-|2024-Q1|IOM⟩ migrants ont perdu la vie en ⟦Méditerranée|LOC⟧ au cours du ⟦premier trimestre 2024|DATE|2024-Q1⟧, et ⟨327|327|-|e|p|migrant|missing|-|-|2024-Q1|IOM⟩ autres sont toujours portés disparus, selon les données publiées par l’⟦Organisation internationale pour les migrations|ORG|IOM⟧ (⟦OIM|ORG|IOM⟧).

Sur la route de la ⟦Méditerranée centrale|LOC⟧, la plus meurtrière, ⟨512|512|-|e|p|person|death|-|-|2024-01-01/2024-04-11|IOM⟩ décès ont été enregistrés depuis le ⟦1er janvier|DATE|2024-01-01⟧, dont ⟨une centaine|100|-|a|p|person|death|TUN|-|2024-01-01/2024-04-11|IOM⟩ au large de la ⟦Tunisie|COUNTRY|TUN⟧.

Au cours du ⟦premier trimestre 2024|DATE|2024-Q1⟧, ⟨16 800|16800|-|e|p|person|arrival|ITA|-|2024-Q1|IOM⟩ personnes ont débarqué en ⟦Italie|COUNTRY|ITA⟧, contre près de ⟨26 000|26000|-|a|p|person|arrival|ITA|-|2023-Q1|IOM⟩ au ⟦premier trimestre 2023|DATE|2023-Q1⟧. Entre ⟦janvier et mars|DATE|2024-01/2024-03⟧, la ⟦Grèce|COUNTRY|GRC⟧ a enregistré ⟨9 150|9150|-|e|p|person|arrival|GRC|-|2024-01/2024-03|IOM⟩ arrivées par la mer et l’⟦Espagne|COUNTRY|ESP⟧ plus de ⟨15 000|15000|-|m|p|person|arrival|ESP|-|2024-01/2024-03|IOM⟩, dont l’essentiel dans l’archipel des ⟦Canaries|LOC⟧.

« Derrière chacun de ces chiffres, il y a une famille qui attend des nouvelles », a déclaré ⟦Julia Montesinos|PER|Julia Montesinos⟧, responsable du suivi des migrations à l’⟦OIM|ORG|IOM⟧. « Les États doivent renforcer les capacités de recherche et de sauvetage et garantir un débarquement rapide et sûr. »

L’organisation rappelle que plus de ⟨3 150|3150|-|m|p|person|death|-|-|2023|IOM⟩ personnes sont mortes en ⟦Méditerranée|LOC⟧ en ⟦2023|DATE|2023⟧, le bilan annuel le plus lourd depuis ⟦2017|DATE|2017⟧. Depuis ⟦2014|DATE|2014⟧, plus de ⟨23 000|23000|-|m|p|person|death|-|-|2014/2024-04-11|IOM⟩ décès y ont été recensés.

L’⟦OIM|ORG|IOM⟧ appelle les 27 États membres de l’⟦Union européenne|ORG|EU⟧ à mettre en œuvre l’objectif 8 du ⟦Pacte mondial pour des migrations sûres, ordonnées et régulières|LEGAL|unga:A/RES/73/195⟧, qui engage les signataires à sauver des vies et à coordonner les efforts internationaux concernant les migrants disparus.

Pour plus d’informations, veuillez contacter :
⟦Paolo Rinaldi|PER|Paolo Rinaldi⟧, ⟦OIM|ORG|IOM⟧ ⟦Rome|LOC⟧, tél. : +39 06 4423 1428""")

# ---------------------------------------------------------------- 02 HCR release
doc("h3_02", "2024-04-16", """⟦Tchad|COUNTRY|TCD⟧ : le ⟦HCR|ORG|UNHCR⟧ alerte sur l’afflux continu de réfugiés ⟦soudanais|NATIONALITY|SDN⟧

⟦N’Djamena|LOC⟧, ⟦16 avril 2024|DATE|2024-04-16⟧ – ⟦Un an|DATE|P1Y⟧ après le début de la guerre au ⟦Soudan|COUNTRY|SDN⟧, le ⟦Haut-Commissariat des Nations Unies pour les réfugiés|ORG|UNHCR⟧ (⟦HCR|ORG|UNHCR⟧) s’alarme de la situation dans l’est du ⟦Tchad|COUNTRY|TCD⟧, où près de ⟨600 000|600000|-|a|p|refugee|arrival|TCD|SDN|2023-04/2024-04-16|UNHCR⟩ réfugiés ⟦soudanais|NATIONALITY|SDN⟧ sont arrivés depuis ⟦avril 2023|DATE|2023-04⟧.

Au total, le ⟦Tchad|COUNTRY|TCD⟧ accueille désormais plus de ⟨1,1 million|1100000|-|m|p|refugee|stock|TCD|-|-|UNHCR⟩ de réfugiés, ce qui en fait l’un des principaux pays d’asile d’⟦Afrique|REGION|002⟧.

Rien que ⟦la semaine dernière|DATE|2024-W15⟧, ⟨2 300|2300|-|e|p|person|crossing|TCD|SDN|2024-W15|UNHCR⟩ personnes venues du ⟦Soudan|COUNTRY|SDN⟧ ont franchi la frontière à ⟦Adré|LOC⟧, dans l’est du ⟦Tchad|COUNTRY|TCD⟧, selon les équipes du ⟦HCR|ORG|UNHCR⟧ sur place. ⟦Hier|DATE|2024-04-15⟧ encore, des familles arrivées à pied depuis ⟦El Geneina|LOC⟧ racontaient avoir marché ⟦cinq jours|DATE|P5D⟧ sans eau ni nourriture.

Le ⟦HCR|ORG|UNHCR⟧ et ses partenaires ont relocalisé ⟨180 000|180000|-|e|p|refugee|resettlement|TCD|-|-|UNHCR⟩ réfugiés depuis la zone frontalière vers des camps plus sûrs du pays, comme celui de ⟦Farchana|LOC⟧, mais les 14 camps et sites d’accueil sont saturés.

« Les besoins sont immenses et l’appel humanitaire n’est financé qu’à 8 % », a déclaré ⟦Laure Ndiaye-Bamba|PER|Laure Ndiaye-Bamba⟧, représentante du ⟦HCR|ORG|UNHCR⟧ au ⟦Tchad|COUNTRY|TCD⟧. « Sans fonds supplémentaires, nous ne pourrons pas construire d’abris avant la saison des pluies. »

À l’intérieur du ⟦Soudan|COUNTRY|SDN⟧, plus de ⟨6,5 millions|6500000|-|m|p|idp|stock|SDN|-|-|UNHCR⟩ de personnes sont déplacées. Près de ⟨1,8 million|1800000|-|a|p|refugee|displacement|-|SDN|-|UNHCR⟩ de réfugiés ⟦soudanais|NATIONALITY|SDN⟧ ont fui vers les pays voisins, dont le ⟦Soudan du Sud|COUNTRY|SSD⟧, l’⟦Égypte|COUNTRY|EGY⟧ et l’⟦Éthiopie|COUNTRY|ETH⟧.

Le ⟦HCR|ORG|UNHCR⟧ rappelle que le ⟦Tchad|COUNTRY|TCD⟧ est partie à la ⟦Convention de 1951|LEGAL|untc:V-2⟧ et à la ⟦Convention de l’OUA de 1969|LEGAL|au:oau-refugee-convention-1969⟧, et salue le maintien de l’ouverture de ses frontières.

Pour plus d’informations : ⟦Moussa Abakar|PER|Moussa Abakar⟧, ⟦N’Djamena|LOC⟧, +235 66 20 14 55""")

# ---------------------------------------------------------------- 03 ONU Info dispatch
doc("h3_03", "2024-03-22", """⟦Indonésie|COUNTRY|IDN⟧ : le ⟦HCR|ORG|UNHCR⟧ craint plus de ⟨70|70|-|m|p|refugee|death|IDN|-|-|UNHCR⟩ morts parmi des réfugiés rohingyas
⟦22 mars 2024|DATE|2024-03-22⟧ Migrants et réfugiés

Un bateau transportant des réfugiés rohingyas a chaviré ⟦mercredi|DATE|2024-03-20⟧ au large de la province d’⟦Aceh|LOC⟧, en ⟦Indonésie|COUNTRY|IDN⟧, et plus de ⟨70|70|-|m|p|person|missing|IDN|-|2024-03-20|UNHCR⟩ personnes sont portées disparues, a indiqué l’⟦Agence des Nations Unies pour les réfugiés|ORG|UNHCR⟧ (⟦HCR|ORG|UNHCR⟧).

Selon les premiers témoignages, ⟨69|69|-|e|p|person|rescue|IDN|-|2024-03-21|-⟩ survivants ont été secourus ⟦jeudi|DATE|2024-03-21⟧ au large des côtes ⟦indonésiennes|NATIONALITY|IDN⟧ par des pêcheurs, après avoir passé près de ⟦24 heures|DATE|PT24H⟧ accrochés à la coque retournée. Environ ⟨150|150|-|a|p|person|departure|BGD|-|2024-03-01|-⟩ personnes avaient pris la mer le ⟦1er mars|DATE|2024-03-01⟧ depuis ⟦Cox’s Bazar|LOC⟧, au ⟦Bangladesh|COUNTRY|BGD⟧, dans l’espoir de rejoindre la ⟦Malaisie|COUNTRY|MYS⟧.

⟨Onze|11|-|e|p|person|death|IDN|-|2024-03-21|UNHCR⟩ corps, dont ⟨six|6|-|e|p|child|death|IDN|-|2024-03-21|UNHCR⟩ enfants, ont été repêchés ⟦jeudi|DATE|2024-03-21⟧ dans les eaux ⟦indonésiennes|NATIONALITY|IDN⟧, selon le ⟦HCR|ORG|UNHCR⟧.

« Ces traversées comptent parmi les plus dangereuses au monde, et les bateaux sont souvent repoussés d’un pays à l’autre pendant ⟦des semaines|DATE|PXW⟧ », a déclaré à ⟦ONU Info|ORG|-⟧ ⟦Chloé Reyes|PER|Chloé Reyes⟧, porte-parole du ⟦HCR|ORG|UNHCR⟧ pour l’⟦Asie du Sud-Est|REGION|035⟧.

En ⟦2023|DATE|2023⟧, plus de ⟨4 500|4500|-|m|p|refugee|crossing|-|-|2023|UNHCR⟩ réfugiés rohingyas ont tenté la traversée de la ⟦mer d’Andaman|LOC⟧ et du ⟦golfe du Bengale|LOC⟧, et au moins ⟨569|569|-|m|p|refugee|death|-|-|2023|UNHCR⟩ d’entre eux y ont trouvé la mort, selon le ⟦HCR|ORG|UNHCR⟧.

Près d’⟨un million|1000000|-|a|p|refugee|stock|BGD|-|-|-⟩ de réfugiés rohingyas vivent dans les camps de ⟦Cox’s Bazar|LOC⟧, au ⟦Bangladesh|COUNTRY|BGD⟧. La plupart ont fui les violences dans l’État de ⟦Rakhine|LOC⟧, au ⟦Myanmar|COUNTRY|MMR⟧, en ⟦août 2017|DATE|2017-08⟧.

Le ⟦HCR|ORG|UNHCR⟧ appelle les États de la région à mettre en place un mécanisme coordonné de recherche et de sauvetage et à autoriser le débarquement rapide des rescapés.""")

# ---------------------------------------------------------------- 04 Frontex release
doc("h3_04", "2024-05-14", """Franchissements irréguliers : baisse de 23 % depuis ⟦janvier|DATE|2024-01⟧

⟦Varsovie|LOC⟧, ⟦14 mai 2024|DATE|2024-05-14⟧ – Le nombre de franchissements irréguliers des frontières extérieures de l’⟦Union européenne|ORG|EU⟧ a reculé de 23 % entre ⟦janvier et avril 2024|DATE|2024-01/2024-04⟧, pour s’établir à environ ⟨66 000|66000|-|a|p|person|crossing|-|-|2024-01/2024-04|FRONTEX⟩, selon les données préliminaires de ⟦Frontex|ORG|FRONTEX⟧, l’⟦Agence européenne de garde-frontières et de garde-côtes|ORG|FRONTEX⟧.

Entre ⟦janvier et avril|DATE|2024-01/2024-04⟧, la route de la ⟦Méditerranée centrale|LOC⟧ a enregistré près de ⟨16 000|16000|-|a|p|person|crossing|-|-|2024-01/2024-04|FRONTEX⟩ détections, soit deux fois moins qu’⟦un an|DATE|P1Y⟧ plus tôt. Les migrants originaires du ⟦Bangladesh|COUNTRY|BGD⟧, de ⟦Syrie|COUNTRY|SYR⟧ et de ⟦Tunisie|COUNTRY|TUN⟧ sont les plus nombreux sur cette route.

De ⟦janvier à avril|DATE|2024-01/2024-04⟧, les détections sur la route de l’⟦Afrique de l’Ouest|REGION|011⟧ ont plus que quintuplé pour dépasser ⟨21 000|21000|-|m|p|migrant|crossing|011|-|2024-01/2024-04|FRONTEX⟩, principalement des migrants ⟦maliens|NATIONALITY|MLI⟧, ⟦sénégalais|NATIONALITY|SEN⟧ et ⟦mauritaniens|NATIONALITY|MRT⟧. Sur la même période, la route des ⟦Balkans occidentaux|REGION|-⟧ affiche une baisse de 72 %, avec quelque ⟨7 200|7200|-|a|p|person|crossing|-|-|2024-01/2024-04|FRONTEX⟩ franchissements, tandis que la ⟦Méditerranée orientale|LOC⟧, entre la ⟦Türkiye|COUNTRY|TUR⟧ et la ⟦Grèce|COUNTRY|GRC⟧, connaît une hausse modérée, à environ ⟨12 000|12000|-|a|p|person|crossing|-|-|2024-01/2024-04|FRONTEX⟩.

L’agence a par ailleurs aidé les États membres à organiser le retour de plus de ⟨12 500|12500|-|m|p|migrant|return|-|-|2024-01/2024-05-14|FRONTEX⟩ migrants en situation irrégulière depuis ⟦janvier|DATE|2024-01⟧, dont ⟨4 100|4100|-|e|p|migrant|return|-|-|2024-01/2024-05-14|FRONTEX⟩ retours volontaires.

« Ces chiffres montrent l’effet de la coopération avec les pays de départ, mais la pression reste forte en ⟦Afrique de l’Ouest|REGION|011⟧ », a déclaré ⟦Katarzyna Nowak-Lindqvist|PER|Katarzyna Nowak-Lindqvist⟧, porte-parole de ⟦Frontex|ORG|FRONTEX⟧. L’agence déploie actuellement 12 navires et 4 avions en ⟦Méditerranée|LOC⟧ dans le cadre de ses opérations conjointes.

Le ⟦Pacte sur la migration et l’asile|LEGAL|eu:pact-migration-asylum-2024⟧, approuvé le ⟦10 avril|DATE|2024-04-10⟧ par le ⟦Parlement européen|ORG|EP⟧, renforcera le rôle de l’agence. Les prochaines données mensuelles seront publiées ⟦le mois prochain|DATE|2024-06⟧.""")

# ---------------------------------------------------------------- 05 AFP wire
doc("h3_05", "2023-10-09", """⟦Canaries|LOC⟧ : une pirogue avec ⟨280|280|-|e|p|person|arrival|ESP|-|-|-⟩ personnes à bord accoste à ⟦El Hierro|LOC⟧, un record

⟦Madrid|LOC⟧, ⟦9 oct 2023|DATE|2023-10-09⟧ (⟦AFP|ORG|-⟧) - Une pirogue transportant ⟨280|280|-|e|p|migrant|arrival|ESP|-|2023-10-07|Salvamento Marítimo⟩ migrants, dont ⟨33|33|-|e|p|child|arrival|ESP|-|2023-10-07|Salvamento Marítimo⟩ mineurs, a accosté ⟦samedi|DATE|2023-10-07⟧ au port de ⟦La Restinga|LOC⟧, sur l'île d'⟦El Hierro|LOC⟧, dans l'archipel ⟦espagnol|NATIONALITY|ESP⟧ des ⟦Canaries|LOC⟧, a annoncé le service de sauvetage en mer ⟦Salvamento Marítimo|ORG|-⟧.

Il s'agit du plus grand nombre de personnes jamais arrivées à bord d'une seule embarcation dans l'archipel. Un nourrisson et un adolescent de 15 ans, en état d'hypothermie, ont été évacués vers l'hôpital de ⟦Valverde|LOC⟧.

⟦Dimanche|DATE|2023-10-08⟧, deux autres embarcations ont été secourues au sud de l'île avec ⟨147|147|-|e|p|person|rescue|ESP|-|2023-10-08|Salvamento Marítimo⟩ personnes à bord, a précisé ⟦Salvamento Marítimo|ORG|-⟧.

Selon le ⟦ministère de l'Intérieur|ORG|-⟧, ⟨23 537|23537|-|e|p|migrant|arrival|ESP|-|2023-01-01/2023-10-09|ministère de l'Intérieur⟩ migrants sont arrivés aux ⟦Canaries|LOC⟧ depuis le ⟦1er janvier|DATE|2023-01-01⟧, soit une hausse de 80 % par rapport à la même période de ⟦2022|DATE|2022⟧. Les autorités canariennes, qui hébergent déjà plus de ⟨4 000|4000|-|m|p|child|stock|ESP|-|-|-⟩ mineurs non accompagnés, réclament l'aide de ⟦Madrid|LOC⟧ et de l'⟦Union européenne|ORG|EU⟧ au nom de la ⟦Convention relative aux droits de l'enfant|LEGAL|untc:IV-11⟧.

La plupart des pirogues partent des côtes du ⟦Sénégal|COUNTRY|SEN⟧, où le chômage des jeunes nourrit les départs. Depuis ⟦juin|DATE|2023-06⟧, au moins ⟨140|140|-|m|p|migrant|death|-|SEN|2023-06/2023-10-09|Caminando Fronteras⟩ migrants ⟦sénégalais|NATIONALITY|SEN⟧ auraient péri sur la route de l'⟦Atlantique|LOC⟧, selon l'ONG ⟦Caminando Fronteras|ORG|-⟧, qui évoque un bilan bien plus lourd que les chiffres officiels. D'après l'⟦OIM|ORG|IOM⟧, au moins ⟨559|559|-|m|p|person|death|-|-|2022|IOM⟩ personnes sont mortes sur cette route en ⟦2022|DATE|2022⟧.""")

# ---------------------------------------------------------------- 06 scraped IOM page
doc("h3_06", "2024-02-08", """Aller au contenu principal
Qui sommes nous
Notre travail
Où travaillons-nous
Données et recherche
Engagez-vous
Partager
⟦Niger|COUNTRY|NER⟧ : plus de ⟨2 800|2800|-|m|p|migrant|return|NER|-|2024-01|IOM⟩ migrants rentrés chez eux en ⟦janvier|DATE|2024-01⟧
⟦Niamey|LOC⟧, ⟦8 février 2024|DATE|2024-02-08⟧ (⟦OIM|ORG|IOM⟧) – Plus de ⟨2 800|2800|-|m|p|migrant|return|NER|-|2024-01|IOM⟩ migrants bloqués au
⟦Niger|COUNTRY|NER⟧ ont regagné leur pays d’origine en ⟦janvier|DATE|2024-01⟧ dans le cadre
du programme d’aide au retour volontaire et à la réintégration de
l’⟦Organisation internationale pour
les migrations|ORG|IOM⟧ (⟦OIM|ORG|IOM⟧), un record depuis le lancement du programme en ⟦2017|DATE|2017⟧.
Parmi les migrants rapatriés depuis le ⟦Niger|COUNTRY|NER⟧ en ⟦janvier|DATE|2024-01⟧ figuraient
⟨312|312|-|e|p|child|return|NER|-|2024-01|IOM⟩ mineurs non accompagnés et ⟨95|95|-|e|p|trafficking_victim|return|NER|-|2024-01|IOM⟩ victimes de la traite. Ils ont
bénéficié d’une prise en charge spécifique. La plupart étaient originaires
du ⟦Mali|COUNTRY|MLI⟧, de la ⟦Guinée|COUNTRY|GIN⟧, de la ⟦Côte d’Ivoire|COUNTRY|CIV⟧ et du ⟦Cameroun|COUNTRY|CMR⟧.
« Beaucoup de ces jeunes ont passé ⟦des mois|DATE|PXM⟧ à ⟦Agadez|LOC⟧ ou à ⟦Assamaka|LOC⟧, à la
frontière ⟦algérienne|NATIONALITY|DZA⟧, dans des conditions extrêmement précaires, après avoir
échoué à rejoindre la ⟦Lybie|COUNTRY|LBY⟧ ou l’⟦Europe|REGION|150⟧ », explique ⟦Sophie Mbarga|PER|Sophie Mbarga⟧, cheffe
de mission de l’⟦OIM|ORG|IOM⟧ au ⟦Niger|COUNTRY|NER⟧.
En ⟦2023|DATE|2023⟧, plus de ⟨20 000|20000|-|m|p|migrant|deportation|-|-|2023|IOM⟩ migrants ont été expulsés d’⟦Algérie|COUNTRY|DZA⟧ vers le ⟦Niger|COUNTRY|NER⟧
et abandonnés dans le désert près d’⟦Assamaka|LOC⟧, selon les équipes de l’⟦OIM|ORG|IOM⟧ sur place.
Les départs sont organisés depuis les trois centres de transit de
l’⟦OIM|ORG|IOM⟧ à ⟦Agadez|LOC⟧, ⟦Arlit|LOC⟧ et ⟦Niamey|LOC⟧, par bus ou par l’un des 14 vols affrétés
⟦chaque mois|DATE|P1M⟧.
Le programme, financé par l’⟦Union européenne|ORG|EU⟧, prévoit d’aider
⟨10 000|10000|-|e|p|person|other|-|-|2024-12|IOM⟩ personnes supplémentaires d’ici ⟦décembre 2024|DATE|2024-12⟧. Chaque retour
coûte en moyenne 1 500 euros, réintégration comprise.
Partager
Facebook
X
LinkedIn
Pour plus d’informations, veuillez contacter : ⟦Sophie Mbarga|PER|Sophie Mbarga⟧, ⟦OIM|ORG|IOM⟧ ⟦Niger|COUNTRY|NER⟧,
smbarga@iom.int""")

# ---------------------------------------------------------------- 07 AFP wire
doc("h3_07", "2023-09-14", """⟦Italie|COUNTRY|ITA⟧ : ⟦Lampedusa|LOC⟧ submergée par près de ⟨7 000|7000|-|a|p|person|arrival|ITA|-|-|-⟩ arrivées

⟦Rome|LOC⟧, ⟦14 sept 2023|DATE|2023-09-14⟧ (⟦AFP|ORG|-⟧) - Près de ⟨7 000|7000|-|a|p|migrant|arrival|ITA|-|2023-09-12/2023-09-13|Croix-Rouge italienne⟩ migrants ont débarqué sur l'île ⟦italienne|NATIONALITY|ITA⟧ de ⟦Lampedusa|LOC⟧ entre ⟦mardi et mercredi|DATE|2023-09-12/2023-09-13⟧, à bord de plus de 120 embarcations parties pour la plupart de ⟦Tunisie|COUNTRY|TUN⟧, a indiqué la ⟦Croix-Rouge italienne|ORG|-⟧.

Le centre d'accueil de l'île, saturé, hébergeait ⟦mercredi soir|DATE|2023-09-13⟧ plus de ⟨6 000|6000|-|m|p|person|stock|ITA|-|2023-09-13|préfecture d'Agrigente⟩ personnes, a précisé la ⟦préfecture d'Agrigente|ORG|-⟧.

Depuis le ⟦1er janvier|DATE|2023-01-01⟧, plus de ⟨118 000|118000|-|m|p|person|arrival|ITA|-|2023-01-01/2023-09-14|ministère de l'Intérieur⟩ personnes sont arrivées en ⟦Italie|COUNTRY|ITA⟧ par la mer, contre environ ⟨64 000|64000|-|a|p|person|arrival|ITA|-|2022|ministère de l'Intérieur⟩ sur la même période de ⟦2022|DATE|2022⟧, selon le ⟦ministère de l'Intérieur|ORG|-⟧.

La Première ministre ⟦Giorgia Meloni|PER|Giorgia Meloni⟧ a réclamé une « mission navale » européenne pour bloquer les départs, et la présidente de la ⟦Commission européenne|ORG|EC⟧, ⟦Ursula von der Leyen|PER|Ursula von der Leyen⟧, est attendue ⟦dimanche|DATE|2023-09-17⟧ sur l'île. ⟦Rome|LOC⟧ réclame la mise en œuvre rapide du ⟦mémorandum d'entente UE-Tunisie|LEGAL|-⟧, signé en ⟦juillet|DATE|2023-07⟧.

En ⟦Tunisie|COUNTRY|TUN⟧, la ⟦Garde nationale|ORG|-⟧ a annoncé avoir intercepté ⟦la semaine dernière|DATE|2023-W36⟧ plus de ⟨2 500|2500|-|m|p|person|interception|TUN|-|2023-W36|Garde nationale⟩ personnes au large de ⟦Sfax|LOC⟧. Parmi les personnes interceptées figuraient ⟨600|600|-|e|p|person|interception|TUN|TUN|2023-W36|Garde nationale⟩ ⟦Tunisiens|NATIONALITY|TUN⟧, les autres étant pour la plupart originaires d'⟦Afrique subsaharienne|REGION|202⟧.

Au large de la ⟦Libye|COUNTRY|LBY⟧, plus de ⟨9 500|9500|-|m|p|migrant|interception|LBY|-|2023-01/2023-09-14|IOM⟩ migrants ont été interceptés et ramenés à terre depuis ⟦janvier|DATE|2023-01⟧, selon l'⟦Organisation internationale pour les migrations|ORG|IOM⟧ (⟦OIM|ORG|IOM⟧).""")

# ---------------------------------------------------------------- 08 HCR release
doc("h3_08", "2024-06-25", """Réinstallation : ⟨2,9 millions|2900000|-|e|p|refugee|at_risk|-|-|2025|UNHCR⟩ de réfugiés en auront besoin en ⟦2025|DATE|2025⟧

⟦Genève|LOC⟧, ⟦25 juin 2024|DATE|2024-06-25⟧ – Près de ⟨2,9 millions|2900000|-|a|p|refugee|at_risk|-|-|2025|UNHCR⟩ de réfugiés auront besoin d’une réinstallation ⟦l’année prochaine|DATE|2025⟧, selon le rapport sur les besoins mondiaux de réinstallation publié ⟦aujourd’hui|DATE|2024-06-25⟧ par le ⟦HCR|ORG|UNHCR⟧, l’⟦Agence des Nations Unies pour les réfugiés|ORG|UNHCR⟧.

Ce chiffre représente une hausse de 20 % par rapport à ⟦2024|DATE|2024⟧, sous l’effet des crises prolongées en ⟦Afghanistan|COUNTRY|AFG⟧, en ⟦Syrie|COUNTRY|SYR⟧, au ⟦Soudan|COUNTRY|SDN⟧ et en ⟦République démocratique du Congo|COUNTRY|COD⟧. Le rapport porte sur les besoins recensés dans 91 pays d’asile.

En ⟦2025|DATE|2025⟧, les réfugiés ⟦afghans|NATIONALITY|AFG⟧ constitueront le groupe le plus important, avec environ ⟨560 000|560000|-|a|p|refugee|at_risk|-|AFG|2025|UNHCR⟩ personnes ayant besoin d’être réinstallées, devant les ⟦Syriens|NATIONALITY|SYR⟧ (près de ⟨445 000|445000|-|a|p|refugee|at_risk|-|SYR|2025|UNHCR⟩) et les Rohingyas (environ ⟨350 000|350000|-|a|p|refugee|at_risk|-|-|2025|UNHCR⟩).

En ⟦2023|DATE|2023⟧, ⟨158 700|158700|-|e|p|refugee|resettlement|-|-|2023|UNHCR⟩ réfugiés ont été réinstallés dans des pays tiers, dont ⟨96 000|96000|-|e|p|refugee|resettlement|-|-|2023|UNHCR⟩ avec l’appui du ⟦HCR|ORG|UNHCR⟧, un record depuis ⟦sept ans|DATE|P7Y⟧. Les ⟦États-Unis|COUNTRY|USA⟧ restent le premier pays de réinstallation, devant le ⟦Canada|COUNTRY|CAN⟧, l’⟦Australie|COUNTRY|AUS⟧ et l’⟦Allemagne|COUNTRY|DEU⟧.

« La réinstallation reste une bouée de sauvetage pour les plus vulnérables, mais elle ne bénéficie ⟦chaque année|DATE|P1Y⟧ qu’à moins de 1 % des réfugiés », a souligné ⟦Elena Márquez Dubois|PER|Elena Márquez Dubois⟧, directrice de la protection internationale au ⟦HCR|ORG|UNHCR⟧.

Le ⟦HCR|ORG|UNHCR⟧ appelle les États à élargir les voies complémentaires d’admission – regroupement familial, visas humanitaires, bourses d’études – comme le prévoit le ⟦Pacte mondial sur les réfugiés|LEGAL|unga:A/RES/73/151⟧, affirmé par l’⟦Assemblée générale des Nations Unies|ORG|UNGA⟧ en ⟦décembre 2018|DATE|2018-12⟧.

Contacts presse : ⟦Mathieu Perrin|PER|Mathieu Perrin⟧, ⟦Genève|LOC⟧, +41 79 555 01 23""")

# ---------------------------------------------------------------- 09 ONU Info dispatch
doc("h3_09", "2024-12-12", """Traite des personnes : le nombre de victimes détectées repart à la hausse, selon l’⟦ONUDC|ORG|UNODC⟧
⟦12 décembre 2024|DATE|2024-12-12⟧ Droit et prévention du crime

Le nombre de victimes de la traite détectées a augmenté de 25 % en ⟦2022|DATE|2022⟧ par rapport à ⟦2019|DATE|2019⟧, selon le rapport mondial de l’⟦Office des Nations Unies contre la drogue et le crime|ORG|UNODC⟧ (⟦ONUDC|ORG|UNODC⟧) publié ⟦mercredi|DATE|2024-12-11⟧ à ⟦Vienne|LOC⟧.

Le rapport recense près de ⟨70 000|70000|-|a|p|trafficking_victim|stock|-|-|2022|UNODC⟩ victimes de la traite en ⟦2022|DATE|2022⟧, identifiées dans 156 pays, dont 38 % d’enfants. Les hausses les plus fortes concernent l’⟦Afrique subsaharienne|REGION|202⟧, l’⟦Europe de l’Ouest|REGION|155⟧ et l’⟦Amérique centrale|REGION|013⟧. Environ 4 victimes sur 10 ont été détectées hors de leur pays d’origine.

Au ⟦Nigéria|COUNTRY|NGA⟧, le rapport fait état de plus de ⟨1 200|1200|-|m|p|trafficking_victim|rescue|NGA|-|2022|UNODC⟩ victimes secourues en ⟦2022|DATE|2022⟧ par l’⟦Agence nationale de lutte contre la traite des personnes|ORG|-⟧ (⟦NAPTIP|ORG|-⟧), dont de nombreuses jeunes femmes à qui l’on avait promis un emploi en ⟦Europe|REGION|150⟧. Il note également que ⟨des milliers|1000|-|m|p|migrant|at_risk|LBY|-|-|UNODC⟩ de migrants bloqués en ⟦Libye|COUNTRY|LBY⟧ sont exposés à l’exploitation.

« Les conflits et les catastrophes climatiques rendent les personnes déracinées plus vulnérables que jamais aux trafiquants », a averti ⟦Ilaria Conti|PER|Ilaria Conti⟧, cheffe de la section de la lutte contre la traite à l’⟦ONUDC|ORG|UNODC⟧. Le nombre de victimes exploitées à des fins de travail forcé a augmenté de 47 %.

Le rapport appelle les États à appliquer pleinement la ⟦Convention des Nations Unies contre la criminalité transnationale organisée|LEGAL|untc:XVIII-12⟧ et ⟦ses deux protocoles sur la traite des personnes et le trafic illicite de migrants|LEGAL|untc:XVIII-12-a;untc:XVIII-12-b⟧, adoptés à ⟦Palerme|LOC⟧ en ⟦2000|DATE|2000⟧. Plus de ⟦20 ans|DATE|P20Y⟧ après l’entrée en vigueur du ⟦Protocole de Palerme|LEGAL|untc:XVIII-12-a⟧, en ⟦2003|DATE|2003⟧, les condamnations de trafiquants restent rares.""")

# ---------------------------------------------------------------- 10 OIM release
doc("h3_10", "2023-12-18", """⟦Népal|COUNTRY|NPL⟧ : l’⟦OIM|ORG|IOM⟧ lance une campagne d’information pour les travailleurs migrants

⟦Katmandou|LOC⟧, ⟦18 décembre 2023|DATE|2023-12-18⟧ (⟦OIM|ORG|IOM⟧) – À l’occasion de la Journée internationale des migrants, l’⟦Organisation internationale pour les migrations|ORG|IOM⟧ (⟦OIM|ORG|IOM⟧) et le gouvernement ⟦népalais|NATIONALITY|NPL⟧ ont lancé une campagne d’information destinée aux travailleurs migrants qui partent ⟦chaque année|DATE|P1Y⟧ vers le ⟦Qatar|COUNTRY|QAT⟧, l’⟦Arabie saoudite|COUNTRY|SAU⟧, les ⟦Émirats arabes unis|COUNTRY|ARE⟧ et la ⟦Malaisie|COUNTRY|MYS⟧.

Selon l’⟦OIM|ORG|IOM⟧, environ ⟨2 000|2000|-|a|p|migrant_worker|departure|NPL|NPL|P1D|IOM⟩ ⟦Népalais|NATIONALITY|NPL⟧ quittent le pays ⟦chaque jour|DATE|P1D⟧ pour travailler à l’étranger. Au cours de l’exercice budgétaire ⟦2022-2023|DATE|2022/2023⟧, le ⟦Département de l’emploi à l’étranger|ORG|-⟧ a délivré plus de 770 000 permis de travail, un record. Les femmes représentent environ 10 % des départs.

On estime que plus de ⟨1,7 million|1700000|-|m|p|migrant_worker|stock|-|NPL|-|IOM⟩ de travailleurs ⟦népalais|NATIONALITY|NPL⟧ vivent actuellement dans les pays du ⟦Conseil de coopération du Golfe|ORG|-⟧ et en ⟦Malaisie|COUNTRY|MYS⟧. Leurs envois de fonds ont atteint 11 milliards de dollars en ⟦2023|DATE|2023⟧, soit près d’un quart du PIB du pays.

Entre ⟦2008 et 2023|DATE|2008/2023⟧, plus de ⟨14 000|14000|-|m|p|migrant_worker|death|-|NPL|2008/2023|Conseil de l’emploi à l’étranger⟩ travailleurs migrants ⟦népalais|NATIONALITY|NPL⟧ sont décédés à l’étranger, selon le ⟦Conseil de l’emploi à l’étranger|ORG|-⟧, souvent à la suite d’accidents du travail ou de maladies liées à la chaleur.

« Une migration sûre commence avant le départ, avec une information fiable sur les contrats et les droits », a souligné ⟦Lorena Ibáñez|PER|Lorena Ibáñez⟧, cheffe de mission de l’⟦OIM|ORG|IOM⟧ au ⟦Népal|COUNTRY|NPL⟧. Depuis ⟦janvier|DATE|2023-01⟧, l’⟦OIM|ORG|IOM⟧ a aidé ⟨430|430|-|e|p|migrant_worker|return|MYS|NPL|2023-01/2023-12-18|IOM⟩ travailleurs ⟦népalais|NATIONALITY|NPL⟧ victimes de recrutement frauduleux en ⟦Malaisie|COUNTRY|MYS⟧ à rentrer chez eux, a précisé Mme ⟦Ibáñez|PER|Lorena Ibáñez⟧.

L’⟦OIM|ORG|IOM⟧ et l’⟦Organisation internationale du Travail|ORG|ILO⟧ (⟦OIT|ORG|ILO⟧) encouragent les pays de destination à ratifier la ⟦Convention n° 189 sur les travailleuses et travailleurs domestiques|LEGAL|ilo:C189⟧, et le ⟦Népal|COUNTRY|NPL⟧ à ratifier la ⟦Convention internationale sur la protection des droits de tous les travailleurs migrants et des membres de leur famille|LEGAL|untc:IV-13⟧. Ces efforts contribuent à la cible 10.7 du ⟦Programme 2030|LEGAL|unga:A/RES/70/1⟧.""")

# ---------------------------------------------------------------- 11 scraped HCR page
doc("h3_11", "2024-11-04", """Accueil
Actualités
Communiqués de presse
Faire un don
Partager
Apatridie : ⟨des
millions|1000000|-|m|p|stateless|stock|-|-|-|UNHCR⟩ de personnes restent sans nationalité, alerte le ⟦HCR|ORG|UNHCR⟧
⟦Genève|LOC⟧, ⟦4 novembre 2024|DATE|2024-11-04⟧ – Le ⟦HCR|ORG|UNHCR⟧, l’⟦Agence des Nations Unies pour les
réfugiés|ORG|UNHCR⟧, a dressé le bilan de sa campagne #J’appartiens, lancée en
⟦novembre 2014|DATE|2014-11⟧ dans le but de mettre fin à l’apatridie en ⟦dix ans|DATE|P10Y⟧.
Selon les dernières données du ⟦HCR|ORG|UNHCR⟧, au moins ⟨4,4 millions|4400000|-|m|p|stateless|stock|-|-|-|UNHCR⟩ de personnes sont
apatrides ou de nationalité indéterminée dans 95 pays. Le chiffre réel est sans doute
bien plus élevé, de nombreux États ne collectant pas de données.
Depuis ⟦2014|DATE|2014⟧, plus de ⟨565 000|565000|-|m|p|stateless|other|-|-|2014/2024-11-04|UNHCR⟩ apatrides ont acquis une nationalité ou vu
leur nationalité confirmée, notamment au ⟦Kenya|COUNTRY|KEN⟧, en ⟦Thaïlande|COUNTRY|THA⟧ et en ⟦Ouzbékistan|COUNTRY|UZB⟧. Le
⟦Kirghizistan|COUNTRY|KGZ⟧ est devenu en ⟦2019|DATE|2019⟧ le premier pays à mettre fin à l’apatridie : plus de
⟨13 700|13700|-|m|p|stateless|other|KGZ|-|2014/2019|UNHCR⟩ personnes apatrides y ont obtenu la nationalité entre ⟦2014 et 2019|DATE|2014/2019⟧.
En ⟦Côte d’Ivoire|COUNTRY|CIV⟧, environ ⟨930 000|930000|-|a|p|stateless|stock|CIV|-|-|UNHCR⟩ personnes sont apatrides ou exposées au risque
d’apatridie. En ⟦Birmanie|COUNTRY|MMR⟧, la ⟦loi sur la citoyenneté de 1982|LEGAL|-⟧ prive toujours la plupart
des Rohingyas de nationalité : près de ⟨600 000|600000|-|a|p|stateless|stock|MMR|-|-|UNHCR⟩ d’entre eux vivent encore dans l’État
de ⟦Rakhine|LOC⟧.
Après la dissolution de l’⟦URSS|COUNTRY|SUN⟧ et de la ⟦Yougoslavie|COUNTRY|YUG⟧, ⟨des centaines de milliers|100000|-|m|p|stateless|stock|-|-|-|UNHCR⟩ de
personnes s’étaient retrouvées apatrides en ⟦Europe|REGION|150⟧ et en ⟦Asie centrale|REGION|143⟧.
« Être apatride, c’est vivre sans exister aux yeux de la loi », a déclaré ⟦Sara Lindholm|PER|Sara Lindholm⟧,
responsable de la section apatridie du ⟦HCR|ORG|UNHCR⟧.
Le ⟦HCR|ORG|UNHCR⟧ appelle les États à adhérer à la ⟦Convention de 1954 relative au statut des apatrides|LEGAL|untc:V-3⟧
et à la ⟦Convention de 1961 sur la réduction des cas d’apatridie|LEGAL|untc:V-4⟧, et rappelle que l’article 15
de la ⟦Déclaration universelle des droits de l’homme|LEGAL|unga:A/RES/217(III)⟧ consacre le droit de chacun à une nationalité.
Partager
Facebook
X
E-mail
Thèmes : Apatridie, Droits humains""")

# ---------------------------------------------------------------- 12 AFP wire
doc("h3_12", "2023-11-09", """⟦Pakistan|COUNTRY|PAK⟧ : plus de ⟨250 000|250000|-|m|p|person|departure|PAK|AFG|-|-⟩ ⟦Afghans|NATIONALITY|AFG⟧ ont quitté le pays face aux expulsions

⟦Islamabad|LOC⟧, ⟦9 nov 2023|DATE|2023-11-09⟧ (⟦AFP|ORG|-⟧) - Plus de ⟨250 000|250000|-|m|p|person|departure|PAK|AFG|2023-10-03/2023-11-09|IOM⟩ ⟦Afghans|NATIONALITY|AFG⟧ ont quitté le ⟦Pakistan|COUNTRY|PAK⟧ depuis que les autorités ont ordonné, le ⟦3 octobre|DATE|2023-10-03⟧, aux étrangers en situation irrégulière de partir, selon l'⟦Organisation internationale pour les migrations|ORG|IOM⟧ (⟦OIM|ORG|IOM⟧). Selon l'agence onusienne, 86 % des personnes rentrées ont déclaré être parties par peur d'être arrêtées.

Au poste-frontière ⟦pakistanais|NATIONALITY|PAK⟧ de ⟦Torkham|LOC⟧, jusqu'à ⟨17 000|17000|-|x|p|person|crossing|PAK|-|2023-11-01|-⟩ personnes ont franchi la frontière le ⟦1er novembre|DATE|2023-11-01⟧, date limite fixée par ⟦Islamabad|LOC⟧.

Le ⟦ministère de l'Intérieur|ORG|-⟧ a annoncé avoir expulsé de force plus de ⟨20 000|20000|-|m|p|migrant|deportation|PAK|AFG|-|ministère de l'Intérieur⟩ migrants ⟦afghans|NATIONALITY|AFG⟧ et placé ⟨des milliers|1000|-|m|p|migrant|detention|PAK|AFG|-|ministère de l'Intérieur⟩ d'autres en détention dans des centres ouverts à travers le pays.

⟦Islamabad|LOC⟧ estime à ⟨1,7 million|1700000|-|e|p|migrant|stock|PAK|AFG|-|Islamabad⟩ le nombre d'⟦Afghans|NATIONALITY|AFG⟧ en situation irrégulière sur son sol. Le ⟦Haut-Commissariat des Nations unies pour les réfugiés|ORG|UNHCR⟧ (⟦HCR|ORG|UNHCR⟧) recense en outre ⟨1,3 million|1300000|-|e|p|refugee|stock|PAK|AFG|-|UNHCR⟩ de réfugiés ⟦afghans|NATIONALITY|AFG⟧ enregistrés au ⟦Pakistan|COUNTRY|PAK⟧. Beaucoup y vivent depuis plus de ⟦40 ans|DATE|P40Y⟧.

En ⟦Afghanistan|COUNTRY|AFG⟧, où plus de la moitié de la population dépend de l'aide humanitaire, les autorités talibanes ont installé des camps de transit près de la frontière et à ⟦Kaboul|LOC⟧. Les ⟦Nations unies|ORG|UN⟧ ont appelé ⟦Islamabad|LOC⟧ à respecter le principe de non-refoulement, consacré notamment par la ⟦Convention contre la torture|LEGAL|untc:IV-9⟧, à laquelle le ⟦Pakistan|COUNTRY|PAK⟧ est partie.""")

# ---------------------------------------------------------------- 13 OIM release
doc("h3_13", "2024-03-07", """⟦RDC|COUNTRY|COD⟧ : le nombre de déplacés internes atteint un record de ⟨7,2 millions|7200000|-|e|p|idp|stock|COD|-|-|IOM⟩

⟦Kinshasa|LOC⟧, ⟦7 mars 2024|DATE|2024-03-07⟧ (⟦OIM|ORG|IOM⟧) – Le nombre de personnes déplacées à l’intérieur de la ⟦République démocratique du Congo|COUNTRY|COD⟧ (⟦RDC|COUNTRY|COD⟧) a atteint un niveau sans précédent de ⟨7,2 millions|7200000|-|e|p|idp|stock|COD|-|-|IOM⟩, selon les dernières données de l’⟦Organisation internationale pour les migrations|ORG|IOM⟧ (⟦OIM|ORG|IOM⟧).

Dans la province du ⟦Nord-Kivu|LOC⟧, plus de ⟨2,5 millions|2500000|-|m|p|idp|stock|COD|-|-|IOM⟩ de personnes sont actuellement déplacées. Depuis le ⟦7 février|DATE|2024-02-07⟧, les combats autour de ⟦Sake|LOC⟧ ont provoqué quelque ⟨250 000|250000|-|a|p|idp|displacement|COD|-|2024-02-07/2024-03-07|IOM⟩ nouveaux déplacements vers ⟦Goma|LOC⟧. ⟦Chaque jour|DATE|P1D⟧, entre ⟨2 000 et 3 000|2000|3000|e|p|person|arrival|COD|-|P1D|IOM⟩ personnes arrivent encore à ⟦Goma|LOC⟧, selon les équipes de l’⟦OIM|ORG|IOM⟧.

Dans les sites de déplacés qui entourent ⟦Goma|LOC⟧, ⟨65 000|65000|-|e|h|idp|stock|COD|-|-|IOM⟩ familles vivent dans des abris de fortune. ⟦Mardi|DATE|2024-03-05⟧, au moins ⟨12|12|-|m|p|idp|death|COD|-|2024-03-05|IOM⟩ déplacés, dont ⟨cinq|5|-|e|p|child|death|COD|-|2024-03-05|IOM⟩ enfants, ont été tués par des tirs d’obus sur le site de ⟦Lushagala|LOC⟧.

« Les familles que nous rencontrons ont souvent été déplacées deux ou trois fois en ⟦quelques mois|DATE|PXM⟧ », explique ⟦Claire Nzeyimana|PER|Claire Nzeyimana⟧, cheffe de mission de l’⟦OIM|ORG|IOM⟧ en ⟦RDC|COUNTRY|COD⟧.

Dans le même temps, environ ⟨400 000|400000|-|a|p|returnee|return|COD|-|2023|IOM⟩ personnes sont rentrées dans leurs villages du territoire de ⟦Masisi|LOC⟧ en ⟦2023|DATE|2023⟧. Depuis ⟦janvier|DATE|2024-01⟧, l’⟦OIM|ORG|IOM⟧ a fourni des abris et des articles ménagers à plus de ⟨110 000|110000|-|m|p|person|assistance|COD|-|2024-01/2024-03-07|IOM⟩ personnes au ⟦Nord-Kivu|LOC⟧.

L’appel de l’⟦OIM|ORG|IOM⟧ pour la ⟦RDC|COUNTRY|COD⟧, d’un montant de 150 millions de dollars, n’est financé qu’à 11 %, a rappelé Mme ⟦Nzeyimana|PER|Claire Nzeyimana⟧. La région accueille des populations déracinées depuis ⟦1994|DATE|1994⟧, lorsque le pays s’appelait encore le ⟦Zaïre|COUNTRY|COD⟧.

L’⟦OIM|ORG|IOM⟧ appelle l’ensemble des États de la région des ⟦Grands Lacs|REGION|-⟧ à appliquer la ⟦Convention de l’Union africaine sur la protection et l’assistance aux personnes déplacées en Afrique|LEGAL|au:kampala-convention-2009⟧.""")

# ---------------------------------------------------------------- 14 ONU Info dispatch
doc("h3_14", "2024-01-25", """⟦Panama|COUNTRY|PAN⟧ : un nombre record de ⟨520 000|520000|-|e|p|migrant|crossing|PAN|-|2023|-⟩ migrants ont traversé le ⟦Darién|LOC⟧ en ⟦2023|DATE|2023⟧
⟦25 janvier 2024|DATE|2024-01-25⟧ Migrants et réfugiés

Plus d’⟨un demi-million|500000|-|m|p|person|crossing|-|-|2023|Service national des migrations⟩ de personnes ont traversé la jungle du ⟦Darién|LOC⟧, à la frontière entre la ⟦Colombie|COUNTRY|COL⟧ et le ⟦Panama|COUNTRY|PAN⟧, en ⟦2023|DATE|2023⟧, un record, selon le ⟦Service national des migrations|ORG|-⟧ (⟦SNM|ORG|-⟧) du ⟦Panama|COUNTRY|PAN⟧.

Parmi elles figuraient plus de ⟨113 000|113000|-|m|p|child|crossing|-|-|2023|UNICEF⟩ enfants, dont beaucoup voyageaient seuls, a précisé le ⟦Fonds des Nations Unies pour l’enfance|ORG|UNICEF⟧ (⟦UNICEF|ORG|UNICEF⟧). Les ⟦Vénézuéliens|NATIONALITY|VEN⟧ représentaient près des deux tiers des personnes ayant traversé, suivis des ⟦Équatoriens|NATIONALITY|ECU⟧, des ⟦Haïtiens|NATIONALITY|HTI⟧ et des ⟦Chinois|NATIONALITY|CHN⟧.

Depuis le ⟦1er janvier|DATE|2024-01-01⟧, environ ⟨25 000|25000|-|a|p|person|arrival|PAN|-|2024-01-01/2024-01-25|IOM⟩ personnes sont déjà arrivées au ⟦Panama|COUNTRY|PAN⟧ par cette route, selon l’⟦Organisation internationale pour les migrations|ORG|IOM⟧ (⟦OIM|ORG|IOM⟧).

Dans les stations d’accueil ⟦panaméennes|NATIONALITY|PAN⟧ de ⟦Lajas Blancas|LOC⟧ et de ⟦San Vicente|LOC⟧, l’⟦UNICEF|ORG|UNICEF⟧ et ses partenaires ont assisté plus de ⟨40 000|40000|-|m|p|child|assistance|PAN|-|2023|UNICEF⟩ enfants et leurs familles ⟦l’an dernier|DATE|2023⟧. L’⟦OIM|ORG|IOM⟧ a pour sa part recensé au moins ⟨36|36|-|m|p|person|death|PAN|-|2023|IOM⟩ décès du côté ⟦panaméen|NATIONALITY|PAN⟧ de la jungle en ⟦2023|DATE|2023⟧, un chiffre sans doute très inférieur à la réalité.

« Aucun enfant ne devrait avoir à faire ce voyage », a déclaré ⟦Mariana Solís Ferrer|PER|Mariana Solís Ferrer⟧, directrice régionale de l’⟦UNICEF|ORG|UNICEF⟧ pour la région ⟦Amérique latine et Caraïbes|REGION|419⟧.

Les pays de la région se sont engagés, dans la ⟦Déclaration de Los Angeles sur la migration et la protection|LEGAL|-⟧, adoptée en ⟦juin 2022|DATE|2022-06⟧, à élargir les voies légales de migration.""")

# ---------------------------------------------------------------- 15 AFP wire
doc("h3_15", "2024-09-04", """Naufrage dans la ⟦Manche|LOC⟧ : au moins ⟨douze|12|-|m|p|person|death|-|-|-|-⟩ morts, dont ⟨six|6|-|e|p|child|death|-|-|-|-⟩ mineurs

⟦Boulogne-sur-Mer|LOC⟧, ⟦4 sept 2024|DATE|2024-09-04⟧ (⟦AFP|ORG|-⟧) - Au moins ⟨douze|12|-|m|p|person|death|FRA|-|2024-09-03|préfecture maritime de la Manche⟩ personnes, dont ⟨six|6|-|e|p|child|death|FRA|-|2024-09-03|préfecture maritime de la Manche⟩ mineurs, ont péri ⟦mardi|DATE|2024-09-03⟧ dans le naufrage d'une embarcation de migrants au large de ⟦Wimereux|LOC⟧, dans le nord de la ⟦France|COUNTRY|FRA⟧, a annoncé la ⟦préfecture maritime de la Manche|ORG|-⟧.

⟨Une cinquantaine|50|-|a|p|person|rescue|FRA|-|2024-09-03|préfecture maritime de la Manche⟩ d'autres passagers ont été secourus et conduits à ⟦Boulogne-sur-Mer|LOC⟧, a précisé la même source. Parmi les victimes figure une adolescente de 16 ans. Selon les premiers éléments de l'enquête, la plupart des passagers étaient originaires d'⟦Erythrée|COUNTRY|ERI⟧.

Il s'agit du naufrage le plus meurtrier de l'année dans la ⟦Manche|LOC⟧, où au moins ⟨25|25|-|m|p|migrant|death|-|-|2024-01/2024-09-04|AFP⟩ migrants ont perdu la vie depuis ⟦janvier|DATE|2024-01⟧, selon un décompte de l'⟦AFP|ORG|-⟧. Sur le littoral du ⟦Pas-de-Calais|LOC⟧, ⟨300 à 400|300|400|e|p|migrant|stock|FRA|-|-|Utopia 56⟩ exilés attendent en permanence une occasion de traverser, selon l'association ⟦Utopia 56|ORG|-⟧.

Côté ⟦britannique|NATIONALITY|GBR⟧, plus de ⟨21 000|21000|-|m|p|person|crossing|GBR|-|2024-01-01/2024-09-04|Home Office⟩ personnes ont traversé la ⟦Manche|LOC⟧ à bord de petites embarcations depuis le ⟦1er janvier|DATE|2024-01-01⟧, d'après le ⟦Home Office|ORG|-⟧. En ⟦2023|DATE|2023⟧, ⟨29 437|29437|-|e|p|person|arrival|GBR|-|2023|-⟩ personnes avaient rejoint le ⟦Royaume-Uni|COUNTRY|GBR⟧ de cette manière, contre ⟨45 774|45774|-|e|p|person|arrival|GBR|-|2022|-⟩ en ⟦2022|DATE|2022⟧, une année record.

Le Premier ministre ⟦britannique|NATIONALITY|GBR⟧ ⟦Keir Starmer|PER|Keir Starmer⟧ a promis de « démanteler les gangs de passeurs », après avoir renoncé en ⟦juillet|DATE|2024-07⟧ au projet d'expulsion de demandeurs d'asile vers le ⟦Rwanda|COUNTRY|RWA⟧. La coopération entre les deux pays repose notamment sur le ⟦traité de Sandhurst|LEGAL|-⟧, signé en ⟦2018|DATE|2018⟧ par ⟦Londres|LOC⟧ et ⟦Paris|LOC⟧.""")

# ---------------------------------------------------------------- 16 scraped ONU Info page
doc("h3_16", "2024-02-23", """Accueil
Actualités
Paix et sécurité
Migrants et réfugiés
Partager
Facebook
Twitter
Imprimer
⟦Ukraine|COUNTRY|UKR⟧ : près de ⟨6,5 millions|6500000|-|a|p|refugee|stock|-|UKR|-|-⟩ de réfugiés toujours hors
du pays
⟦23 février 2024|DATE|2024-02-23⟧
Migrants et réfugiés
⟦Deux ans|DATE|P2Y⟧ après le début de l’invasion ⟦russe|NATIONALITY|RUS⟧ à grande échelle, le ⟦24 février 2022|DATE|2022-02-24⟧, près de ⟨6,5
millions|6500000|-|a|p|refugee|stock|-|UKR|2024-02-20|UNHCR⟩ de réfugiés ⟦ukrainiens|NATIONALITY|UKR⟧ étaient enregistrés à travers le monde au ⟦20 février|DATE|2024-02-20⟧, dont
environ ⟨5,9 millions|5900000|-|a|p|refugee|stock|150|UKR|2024-02-20|UNHCR⟩ en ⟦Europe|REGION|150⟧, selon les chiffres du ⟦HCR|ORG|UNHCR⟧.
L’⟦Allemagne|COUNTRY|DEU⟧ accueille plus de ⟨1,1 million|1100000|-|m|p|refugee|stock|DEU|UKR|-|UNHCR⟩ de réfugiés ⟦ukrainiens|NATIONALITY|UKR⟧ et la ⟦Pologne|COUNTRY|POL⟧ près de
⟨960 000|960000|-|a|p|refugee|stock|POL|UKR|-|UNHCR⟩, selon le ⟦HCR|ORG|UNHCR⟧. En ⟦Moldavie|COUNTRY|MDA⟧, quelque ⟨120 000|120000|-|a|p|refugee|stock|MDA|UKR|-|-⟩ réfugiés ⟦ukrainiens|NATIONALITY|UKR⟧ vivent
toujours, la plus forte proportion par habitant du continent.
À l’intérieur de l’⟦Ukraine|COUNTRY|UKR⟧, ⟨3,7 millions|3700000|-|e|p|idp|stock|UKR|-|-|IOM⟩ de personnes restent déplacées, selon
l’⟦Organisation internationale pour les migrations|ORG|IOM⟧ (⟦OIM|ORG|IOM⟧), tandis que près de ⟨4,5 millions|4500000|-|a|p|returnee|return|UKR|-|-|IOM⟩ de personnes
sont rentrées chez elles après avoir été déplacées, à l’étranger ou dans le pays.
« La plupart des réfugiés veulent rentrer, mais pas tant que les bombardements se poursuivent », a
déclaré à ⟦ONU Info|ORG|-⟧ ⟦Matthias Keller|PER|Matthias Keller⟧, coordinateur régional du ⟦HCR|ORG|UNHCR⟧.
Le plan régional pour ⟦2024|DATE|2024⟧ prévoit de venir en aide à ⟨2,3 millions|2300000|-|e|p|refugee|other|-|-|2024|-⟩ de réfugiés dans onze
pays d’accueil.
Partager
Facebook
Twitter
E-mail
Télécharger l’application""")

# ---------------------------------------------------------------- 17 AFP wire
doc("h3_17", "2024-02-28", """⟦UE|ORG|EU⟧ : les demandes d'asile au plus haut depuis ⟦2016|DATE|2016⟧

⟦Bruxelles|LOC⟧, ⟦28 fév 2024|DATE|2024-02-28⟧ (⟦AFP|ORG|-⟧) - Les pays de l'⟦Union européenne|ORG|EU⟧, la ⟦Suisse|COUNTRY|CHE⟧ et la ⟦Norvège|COUNTRY|NOR⟧ ont reçu ⟨1,14 million|1140000|-|e|p|asylum_seeker|application|-|-|2023|Agence de l'Union européenne pour l'asile⟩ de demandes d'asile en ⟦2023|DATE|2023⟧, un niveau inédit depuis la crise migratoire de ⟦2015-2016|DATE|2015/2016⟧, selon l'⟦Agence de l'Union européenne pour l'asile|ORG|-⟧ (⟦EUAA|ORG|-⟧).

Il s'agit d'une hausse de 18 % par rapport à ⟦2022|DATE|2022⟧. ⟦L'an dernier|DATE|2023⟧, les ⟦Syriens|NATIONALITY|SYR⟧ ont de nouveau déposé le plus grand nombre de demandes, environ ⟨181 000|181000|-|a|p|asylum_seeker|application|-|SYR|2023|Agence de l'Union européenne pour l'asile⟩, devant les ⟦Afghans|NATIONALITY|AFG⟧ (⟨114 000|114000|-|e|p|asylum_seeker|application|-|AFG|2023|Agence de l'Union européenne pour l'asile⟩) et les ⟦Turcs|NATIONALITY|TUR⟧ (⟨101 000|101000|-|e|p|asylum_seeker|application|-|TUR|2023|Agence de l'Union européenne pour l'asile⟩), selon l'agence.

En ⟦2023|DATE|2023⟧, l'⟦Allemagne|COUNTRY|DEU⟧ a enregistré près d'un tiers des demandes, soit ⟨334 000|334000|-|e|p|asylum_seeker|application|DEU|-|2023|-⟩, suivie de la ⟦France|COUNTRY|FRA⟧ (⟨167 000|167000|-|e|p|asylum_seeker|application|FRA|-|2023|-⟩) et de l'⟦Espagne|COUNTRY|ESP⟧ (⟨162 000|162000|-|e|p|asylum_seeker|application|ESP|-|2023|-⟩). Le taux de reconnaissance en première instance s'est établi à 43 %.

Quelque ⟨41 000|41000|-|a|p|child|application|-|-|2023|-⟩ mineurs non accompagnés ont déposé une demande d'asile en ⟦2023|DATE|2023⟧, un niveau comparable à celui de ⟦2022|DATE|2022⟧.

Le ⟦Pacte sur la migration et l'asile|LEGAL|eu:pact-migration-asylum-2024⟧, sur lequel le ⟦Parlement européen|ORG|EP⟧ et les États membres se sont accordés en ⟦décembre|DATE|2023-12⟧ après ⟦des années|DATE|PXY⟧ de négociations, doit remplacer le ⟦règlement Dublin III|LEGAL|celex:32013R0604⟧, qui confie l'examen des demandes au pays de première entrée. Sa mise en œuvre est prévue pour ⟦2026|DATE|2026⟧. Les ONG rappellent que tout renvoi doit respecter la ⟦Convention européenne des droits de l'homme|LEGAL|coe:ETS-005⟧.""")

# ---------------------------------------------------------------- 18 OIM release
doc("h3_18", "2024-06-12", """⟦Yémen|COUNTRY|YEM⟧ : au moins ⟨49|49|-|m|p|migrant|death|YEM|-|-|IOM⟩ migrants morts dans un naufrage, ⟨140|140|-|e|p|person|missing|YEM|-|-|IOM⟩ disparus

⟦Aden|LOC⟧, ⟦12 juin 2024|DATE|2024-06-12⟧ (⟦OIM|ORG|IOM⟧) – Au moins ⟨49|49|-|m|p|migrant|death|YEM|-|2024-06-10|IOM⟩ migrants ont perdu la vie et ⟨140|140|-|e|p|migrant|missing|YEM|-|2024-06-10|IOM⟩ autres sont portés disparus après le naufrage ⟦lundi|DATE|2024-06-10⟧ d’un bateau au large des côtes ⟦yéménites|NATIONALITY|YEM⟧, a indiqué l’⟦Organisation internationale pour les migrations|ORG|IOM⟧ (⟦OIM|ORG|IOM⟧).

L’embarcation avait quitté ⟦Bosaso|LOC⟧, dans le nord de la ⟦Somalie|COUNTRY|SOM⟧, avec ⟨260|260|-|e|p|person|departure|SOM|-|-|IOM⟩ personnes à bord, principalement des ⟦Somaliens|NATIONALITY|SOM⟧ et des ⟦Éthiopiens|NATIONALITY|ETH⟧. ⟦Lundi|DATE|2024-06-10⟧, ⟨soixante et onze|71|-|e|p|person|rescue|YEM|-|2024-06-10|IOM⟩ survivants ont été secourus sur la côte de la province ⟦yéménite|NATIONALITY|YEM⟧ de ⟦Chabwa|LOC⟧ par les équipes locales, avec l’appui de l’⟦OIM|ORG|IOM⟧.

En ⟦2023|DATE|2023⟧, plus de ⟨97 000|97000|-|m|p|migrant|arrival|YEM|-|2023|IOM⟩ migrants sont arrivés au ⟦Yémen|COUNTRY|YEM⟧ par la route de l’Est, qui relie la ⟦Corne de l’Afrique|REGION|-⟧ à l’⟦Arabie saoudite|COUNTRY|SAU⟧, malgré le conflit qui ravage le pays depuis près de ⟦dix ans|DATE|P10Y⟧. ⟨Des milliers|1000|-|m|p|migrant|stock|YEM|-|-|IOM⟩ d’entre eux se trouvent bloqués au ⟦Yémen|COUNTRY|YEM⟧, exposés aux abus des passeurs et à la détention.

Depuis le ⟦1er janvier|DATE|2024-01-01⟧, l’⟦OIM|ORG|IOM⟧ a aidé plus de ⟨1 800|1800|-|m|p|migrant|return|YEM|ETH|2024-01-01/2024-06-12|IOM⟩ migrants ⟦éthiopiens|NATIONALITY|ETH⟧ bloqués au ⟦Yémen|COUNTRY|YEM⟧ à rentrer chez eux par des vols de retour humanitaire volontaire.

À ⟦Djibouti|COUNTRY|DJI⟧, pays de transit, les équipes de l’⟦OIM|ORG|IOM⟧ voient passer ⟦chaque jour|DATE|P1D⟧ ⟨des centaines|100|-|m|p|migrant|crossing|DJI|-|P1D|IOM⟩ de migrants, souvent à pied, sous des températures dépassant 45 degrés.

« Chaque naufrage rappelle l’urgence de créer des voies de migration sûres et régulières », a déclaré ⟦Matteo Ricci-Benali|PER|Matteo Ricci-Benali⟧, chef de mission de l’⟦OIM|ORG|IOM⟧ au ⟦Yémen|COUNTRY|YEM⟧. L’⟦OIM|ORG|IOM⟧ appelle les États de la région à appliquer le ⟦Protocole contre le trafic illicite de migrants par terre, air et mer|LEGAL|untc:XVIII-12-b⟧ et à poursuivre les réseaux de passeurs.""")

# ---------------------------------------------------------------- 19 joint HCR/OIM release
doc("h3_19", "2024-09-05", """⟦Vénézuéliens|NATIONALITY|VEN⟧ : plus de ⟨7,7 millions|7700000|-|m|p|person|departure|VEN|VEN|-|IOM;UNHCR⟩ de personnes ont quitté leur pays

⟦Genève|LOC⟧/⟦Bogota|LOC⟧, ⟦5 septembre 2024|DATE|2024-09-05⟧ – Le nombre de ⟦Vénézuéliens|NATIONALITY|VEN⟧ ayant quitté leur pays a dépassé ⟨7,7 millions|7700000|-|m|p|person|stock|-|VEN|-|IOM;UNHCR⟩, dont plus de ⟨6,5 millions|6500000|-|m|p|person|stock|419|VEN|-|IOM;UNHCR⟩ vivent dans la région ⟦Amérique latine et Caraïbes|REGION|419⟧, ont annoncé le ⟦HCR|ORG|UNHCR⟧ et l’⟦OIM|ORG|IOM⟧.

Selon la ⟦Plateforme de coordination interagences pour les réfugiés et les migrants du Venezuela|ORG|-⟧ (⟦R4V|ORG|-⟧), la ⟦Colombie|COUNTRY|COL⟧ accueille à elle seule quelque ⟨2,8 millions|2800000|-|a|p|person|stock|COL|VEN|-|Plateforme de coordination interagences pour les réfugiés et les migrants du Venezuela⟩ de ⟦Vénézuéliens|NATIONALITY|VEN⟧, suivie du ⟦Pérou|COUNTRY|PER⟧ (⟨1,5 million|1500000|-|e|p|person|stock|PER|VEN|-|Plateforme de coordination interagences pour les réfugiés et les migrants du Venezuela⟩), du ⟦Brésil|COUNTRY|BRA⟧ (⟨568 000|568000|-|e|p|person|stock|BRA|VEN|-|Plateforme de coordination interagences pour les réfugiés et les migrants du Venezuela⟩) et du ⟦Chili|COUNTRY|CHL⟧ (⟨532 000|532000|-|e|p|person|stock|CHL|VEN|-|Plateforme de coordination interagences pour les réfugiés et les migrants du Venezuela⟩).

En ⟦Colombie|COUNTRY|COL⟧, plus de ⟨2 millions|2000000|-|m|p|migrant|other|COL|VEN|-|IOM;UNHCR⟩ de migrants ⟦vénézuéliens|NATIONALITY|VEN⟧ ont obtenu un permis de séjour grâce au ⟦Statut de protection temporaire|LEGAL|-⟧, un dispositif salué par les deux agences. Au ⟦Brésil|COUNTRY|BRA⟧, qui applique la définition élargie du réfugié de la ⟦Déclaration de Carthagène|LEGAL|cartagena-declaration-1984⟧, adoptée en ⟦1984|DATE|1984⟧, plus de ⟨130 000|130000|-|m|p|refugee|other|BRA|VEN|-|IOM;UNHCR⟩ ⟦Vénézuéliens|NATIONALITY|VEN⟧ ont été reconnus comme réfugiés.

⟦Chaque mois|DATE|P1M⟧, ⟨des milliers|1000|-|m|p|person|departure|VEN|VEN|P1M|IOM;UNHCR⟩ de ⟦Vénézuéliens|NATIONALITY|VEN⟧ continuent de quitter leur pays, tandis que les mouvements vers le nord, à travers l’⟦Amérique centrale|REGION|013⟧ et le ⟦Mexique|COUNTRY|MEX⟧, ont ralenti ⟦ces derniers mois|DATE|-⟧.

« Les pays d’accueil ont fait preuve d’une solidarité remarquable, mais ils ne peuvent pas porter seuls cette responsabilité », a déclaré ⟦Lucía Fernández Ortega|PER|Lucía Fernández Ortega⟧, représentante spéciale conjointe du ⟦HCR|ORG|UNHCR⟧ et de l’⟦OIM|ORG|IOM⟧. Le plan régional d’intervention pour ⟦2024|DATE|2024⟧, doté de 1,59 milliard de dollars, n’est financé qu’à 14 %.

Les deux agences appellent à mettre en œuvre le ⟦Pacte mondial sur les réfugiés|LEGAL|unga:A/RES/73/151⟧ et le ⟦Pacte mondial pour des migrations sûres, ordonnées et régulières|LEGAL|unga:A/RES/73/195⟧, tous deux adoptés en ⟦2018|DATE|2018⟧.""")

# ---------------------------------------------------------------- 20 scraped news page
doc("h3_20", "2024-06-20", """Accueil | Politique | Société | Sécurité | International | Contact
Publié le ⟦20/06/2024|DATE|2024-06-20⟧
Partager
⟦Sahel central|REGION|-⟧ : près de ⟨3 millions|3000000|-|a|p|idp|stock|-|-|-|UNHCR⟩ de déplacés internes, alerte le ⟦HCR|ORG|UNHCR⟧
⟦Ouagadougou|LOC⟧ – À l’occasion de la Journée mondiale des réfugiés, ⟦ce
jeudi 20 juin|DATE|2024-06-20⟧, le ⟦Haut-Commissariat des Nations unies pour les
réfugiés|ORG|UNHCR⟧ (⟦HCR|ORG|UNHCR⟧) a dressé un bilan alarmant de la situation au
⟦Burkina Faso|COUNTRY|BFA⟧, au ⟦Mali|COUNTRY|MLI⟧ et au ⟦Niger|COUNTRY|NER⟧.
Au ⟦Burkina Faso|COUNTRY|BFA⟧, plus de ⟨2 millions|2000000|-|m|p|idp|stock|BFA|-|-|CONASUR⟩ de personnes sont déplacées à l’intérieur du
pays, selon le ⟦CONASUR|ORG|-⟧, l’agence nationale chargée des secours d’urgence. Le ⟦Mali|COUNTRY|MLI⟧
compte pour sa part environ ⟨350 000|350000|-|a|p|idp|stock|MLI|-|-|UNHCR⟩ déplacés internes et le ⟦Niger|COUNTRY|NER⟧ plus de ⟨335 000|335000|-|m|p|idp|stock|NER|-|-|UNHCR⟩, d’après le ⟦HCR|ORG|UNHCR⟧.
Quelque ⟨250 000|250000|-|a|p|refugee|stock|MRT|MLI|-|-⟩ réfugiés ⟦maliens|NATIONALITY|MLI⟧ vivent par ailleurs en ⟦Mauritanie|COUNTRY|MRT⟧, dont plus de
⟨100 000|100000|-|m|p|refugee|stock|MRT|MLI|-|-⟩ dans le camp de ⟦Mbera|LOC⟧, près de ⟦Bassikounou|LOC⟧. Depuis ⟦janvier|DATE|2024-01⟧, ⟨27 000|27000|-|e|p|refugee|arrival|MRT|MLI|2024-01/2024-06-20|-⟩ nouveaux
réfugiés y sont arrivés, fuyant les combats dans la région de ⟦Tombouctou|LOC⟧, au ⟦Mali|COUNTRY|MLI⟧.
⟦La semaine dernière|DATE|2024-W24⟧, ⟨2 000|2000|-|e|p|person|displacement|BFA|-|2024-W24|-⟩ voire ⟨3 000|3000|-|e|p|person|displacement|BFA|-|2024-W24|-⟩ personnes ont fui les combats autour de ⟦Djibo|LOC⟧, dans le nord du
⟦Burkina Faso|COUNTRY|BFA⟧, selon des sources humanitaires.
Les violences des groupes armés ont fait des dizaines de milliers de morts depuis ⟦2015|DATE|2015⟧ et entraîné
la fermeture de plus de 5 300 écoles dans la région.
Au ⟦Burkina Faso|COUNTRY|BFA⟧, plus de ⟨400 000|400000|-|m|p|returnee|return|BFA|-|2023/2024-06-20|-⟩ personnes sont rentrées dans leurs localités d’origine
depuis ⟦2023|DATE|2023⟧, un chiffre que les organisations humanitaires ne peuvent vérifier.
Le ⟦HCR|ORG|UNHCR⟧ rappelle que les trois pays ont ratifié la ⟦Convention de Kampala|LEGAL|au:kampala-convention-2009⟧, adoptée
en ⟦2009|DATE|2009⟧ par l’⟦Union africaine|ORG|AU⟧, qui oblige les États à protéger et à assister les
personnes déplacées sur leur territoire. « Les déplacés du ⟦Sahel|REGION|-⟧ ne doivent pas devenir une
crise oubliée », a insisté ⟦Hamidou Sawadogo-Keita|PER|Hamidou Sawadogo-Keita⟧, directeur régional du ⟦HCR|ORG|UNHCR⟧ pour l’⟦Afrique de l’Ouest|REGION|011⟧.
Au total, le nombre de personnes déracinées dans le ⟦Sahel central|REGION|-⟧, à l’intérieur comme à
l’extérieur de leur pays, atteint désormais 3,4""")
