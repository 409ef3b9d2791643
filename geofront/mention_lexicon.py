"""Word lists the place-mention finder uses, per language, as plain data.

The rules that use these lists are documented at the top of
:mod:`geofront.mentions`. Every entry is lower case; matching ignores case and
treats ``'``, ``’`` and ``ʼ`` alike. To teach geofront a new word, add it to the
right language; to add a language, add a key to every mapping.

Examples
--------
>>> from geofront.mention_lexicon import MONTHS, LOCATIVE_PREPOSITIONS
>>> "februari" in MONTHS["id"], "під" in LOCATIVE_PREPOSITIONS["uk"]
(True, True)
"""

from __future__ import annotations

__all__ = [
    "AGENCY_NOUNS",
    "AGENT_MARKERS",
    "AGENTIVE_VERBS",
    "AND_WORDS",
    "ARMED_HEADS",
    "AUXILIARIES",
    "COMMON_CAPITALISED",
    "COMPASS_WORDS",
    "CONTAINER_PREPOSITIONS",
    "UNIT_WORDS",
    "COMMON_NOUNS",
    "COUNTRY_ABBREVIATIONS",
    "COUNTY_WORDS",
    "DEMONYM_PREFIXES",
    "DEMONYMS",
    "GENITIVE_LINKS",
    "GIVEN_NAMES",
    "GERMAN_DETERMINERS",
    "GIVEN_NAMES_EN",
    "INSTITUTIONS",
    "LANGUAGE_CUES",
    "LOCATIVE_PREPOSITIONS",
    "MONTHS",
    "NAME_CONNECTORS",
    "ORGANISATIONS",
    "ORG_HEADS",
    "PLACE_TYPE_WORDS",
    "PLURAL_REGION_CUES",
    "POSSESSIVE_AGENCY",
    "REGION_ADJECTIVES",
    "STREET_WORDS_AFTER",
    "STREET_WORDS_BEFORE",
    "TALKS_WORDS",
    "TITLES",
    "UNRESOLVED_CUES",
    "US_POSTAL_CODES",
    "US_STATE_ABBREVIATIONS",
    "WEEKDAYS",
    "WITH_WORDS",
    "DATE_ABBREVIATIONS",
    "DEMONYM_NAME_HEADS",
    "VILLAGE_WORDS",
    "CAPITAL_WORDS",
    "ATTRIBUTION_MARKERS",
    "CONTINENTS",
    "REGION_ABBREVIATIONS",
    "MUNICIPAL_WORDS",
    "MEDIA_HEADS",
    "DISEASE_WORDS",
    "UNION_ACRONYMS",
    "LOCAL_INSTITUTION_WORDS",
    "RIVERBANK_WORDS",
    "CUE_COUNTRIES",
    "TOWN_SERVICE_WORDS",
    "STATE_OFFICE_WORDS",
    "NAME_HEAD_ABBREVIATIONS",
    "SAINT_WORDS",
    "AREA_PREFIXES",
    "WATER_HEADS",
    "NAME_ADJECTIVES",
    "CITY_ABBREVIATIONS",
    "BRITISH_SPELLINGS",
    "PLACE_ADJECTIVE_NOUNS",
    "COUNTY_LIST_WORDS",
]


def _w(spec: str) -> frozenset[str]:
    """Parse a whitespace-separated word list (``_`` stands for a space)."""
    return frozenset(w.replace("_", " ") for w in spec.split())


# --------------------------------------------------------------------------- dates
#: Month names, every case form the reports use.
MONTHS: dict[str, frozenset[str]] = {
    "en": _w("january february march april may june july august september october november "
             "december jan feb mar apr jun jul aug sep sept oct nov dec"),
    "id": _w("januari februari maret april mei juni juli agustus september oktober november "
             "desember"),
    "uk": _w("січень лютий березень квітень травень червень липень серпень вересень жовтень "
             "листопад грудень січня лютого березня квітня травня червня липня серпня вересня "
             "жовтня листопада грудня січні лютому березні квітні травні червні липні серпні "
             "вересні жовтні листопаді грудні"),
    "ru": _w("январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь "
             "января февраля марта апреля мая июня июля августа сентября октября ноября "
             "декабря январе феврале марте апреле мае июне июле августе сентябре октябре "
             "ноябре декабре"),
    "de": _w("januar jänner februar märz april mai juni juli august september oktober november "
             "dezember"),
    "fr": _w("janvier février mars avril mai juin juillet août septembre octobre novembre "
             "décembre"),
    "es": _w("enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre "
             "noviembre diciembre"),
}  # fmt: skip

#: The English abbreviations among them: read as dates in other languages' text
#: only next to a number ("5 Jan"), since "Jan Yunis" and "Mar del Plata" are names.
DATE_ABBREVIATIONS: frozenset[str] = _w(
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun"
)

#: Weekday names (and "Sunday" in Indonesian is also "Minggu", "week").
WEEKDAYS: dict[str, frozenset[str]] = {
    "en": _w("monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri "
             "sat sun"),
    "id": _w("senin selasa rabu kamis jumat jum'at sabtu minggu ahad"),
    "uk": _w("понеділок вівторок середа четвер п'ятниця субота неділя понеділка вівторка "
             "середи четверга п'ятниці суботи неділі середу п'ятницю суботу неділю"),
    "ru": _w("понедельник вторник среда четверг пятница суббота воскресенье понедельника "
             "вторника среды четверга пятницы субботы воскресенья среду пятницу субботу"),
    "de": _w("montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag"),
    "fr": _w("lundi mardi mercredi jeudi vendredi samedi dimanche"),
    "es": _w("lunes martes miércoles jueves viernes sábado domingo"),
}  # fmt: skip

# --------------------------------------------------------------------------- people
#: Titles and ranks after which a capitalised name is a person.
TITLES: dict[str, frozenset[str]] = {
    "en": _w("president prime_minister minister general gen gen. lt lt. col col. maj maj. "
             "colonel major commander chancellor secretary spokesman spokeswoman spokesperson "
             "mr mr. mrs mrs. ms ms. dr dr. governor mayor senator sen. adm adm. admiral pope "
             "king queen prince sergeant sgt. captain capt. lieutenant ambassador envoy chief "
             "premier leader commander-in-chief marshal judge chairman chairwoman "
             "trooper deputy detective det. rep. representative councilman councilwoman "
             "commissioner superintendent professor prof. reverend rev. father fr. bishop "
             "cardinal rabbi imam sheikh pastor coach officer cpl. pvt. corporal private"),
    "id": _w("presiden panglima jenderal jend. menteri gubernur wali_kota walikota perdana "
             "kanselir juru_bicara jubir kolonel letnan pemimpin duta_besar kepala bapak ibu "
             "pak bu raja ratu utusan"),
    "uk": _w("президент президента президентом прем'єр прем'єр-міністр міністр міністра "
             "генерал генерала генерал-лейтенант генерал-майор полковник полковника "
             "командувач командувача губернатор мер мера речник речника голова голови "
             "начальник начальника очільник очільника пан пані посол канцлер ген."),
    "ru": _w("президент президента президентом премьер премьер-министр министр министра "
             "генерал генерала генерал-лейтенант генерал-майор полковник полковника "
             "командующий командующего губернатор мэр мэра глава главы начальник "
             "начальника представитель представителя господин посол канцлер ген."),
    "de": _w("präsident präsidentin präsidenten kanzler kanzlerin minister ministerin "
             "general generals generalstabschef bürgermeister bürgermeisterin gouverneur "
             "sprecher sprecherin herr frau oberst botschafter"),
    "fr": _w("président présidente ministre général chancelier chancelière gouverneur maire "
             "porte-parole m. mme colonel ambassadeur premier"),
    "es": _w("presidente presidenta ministro ministra general canciller gobernador alcalde "
             "alcaldesa portavoz señor señora sr. sra. coronel embajador"),
}  # fmt: skip

#: Given names (Latin and Cyrillic): "<given name> <Capitalised>" is a person.
GIVEN_NAMES: frozenset[str] = _w(
    """
    volodymyr vladimir valery valeriy valerii valeriі sergei sergey serhiy serhii dmitry
    dmitri dmytro oleksandr aleksandr alexander alexandr alexandre andriy andrii andrei
    andrey oleh oleg yuriy yurii yuri yury mykola nikolai nikolay viktor victor vitaliy vitali
    vitalii ihor igor pavlo pavel petro pyotr mikhail mykhailo maria iryna irina olena elena
    yulia yuliia denys denis kyrylo kirill rustem ramzan yevgeny yevgeniy evgeny yevhen
    anatoliy anatoly roman maksym maxim heorhiy oleksiy oleksii alexei alexey aleksei
    konstantin kostiantyn vadym vadim ruslan bohdan taras artem herman valerii valentyn
    vasyl vasily hennadiy gennady svitlana svetlana natalia tetiana tatiana lyudmila
    donald joe joseph emmanuel olaf friedrich keir boris antony anthony marco kamala ursula
    mark steve jens pete lloyd john james michael robert william david richard thomas charles
    daniel matthew paul andrew kevin brian george edward peter jonathan jake jd marco mike
    mary patricia jennifer linda elizabeth susan jessica sarah karen kaja annalena
    mohammed muhammad mohammad mohamed abdel abdul ahmed ahmad mahmoud benjamin yahya ismail
    hamdan abdelfattah recep tayyip xi kim narendra recep prabowo joko sugiono retno
    antonio pedro jose josé luis carlos juan manuel francisco giorgia mette
    володимир владимир валерій валерий сергій сергей дмитро дмитрий олександр александр
    андрій андрей олег юрій юрий микола николай віктор виктор віталій виталий ігор игорь
    павло павел михайло михаил ірина ирина олена елена юлія юлия денис кирило кирилл
    рамзан євген евгений максим олексій алексей вадим руслан богдан тарас артем роман
    костянтин константин дональд емманюель эммануэль валентин василь василий геннадій
    геннадий світлана светлана наталія наталья тетяна татьяна
    """
)

# --------------------------------------------------------------------------- organisations
#: Head words that make a capitalised name an organisation, not a place.
ORG_HEADS: dict[str, frozenset[str]] = {
    "en": _w("ministry ministries council corps agency committee institute university party "
             "association bank company group foundation centre center service office brigade "
             "battalion regiment division guard command staff times post news press "
             "independent pravda radio television tv corporation fund organization "
             "organisation union commission court parliament assembly senate congress "
             "administration department directorate bureau network airlines railways army "
             "forces front movement militia brigades "
             "library school college academy hospital patrol club police sheriff museum "
             "airport chamber church centers centres services departments agencies "
             "institutes commissions councils committees associations organizations "
             "organisations authority authorities "
             "daily herald journal tribune gazette chronicle telegraph courier dispatch "
             "examiner inquirer sentinel bulletin "
             "energoatom gazprom"),
    "id": _w("kementerian kementrian badan dewan partai universitas komite komisi angkatan "
             "markas lembaga perusahaan kantor"),
    "uk": _w("міністерство міністерства міноборони генштаб генштабу служба служби агентство "
             "агентства комітет комітету партія партії університет банк корпус бригада "
             "бригади командування управління адміністрація адміністрації рада ради"),
    "ru": _w("министерство министерства минобороны генштаб генштаба служба службы агентство "
             "агентства комитет комитета партия партии университет банк корпус бригада "
             "бригады командование управление администрация администрации"),
    "de": _w("ministerium verteidigungsministerium außenministerium rat agentur institut "
             "universität partei bank brigade armee kommando zeitung bundeswehr stiftung"),
    "fr": _w("ministère conseil agence institut université parti banque brigade armée "
             "commandement"),
    "es": _w("ministerio consejo agencia instituto universidad partido banco brigada ejército "
             "mando"),
}  # fmt: skip

#: Head words of armed groups: a region in their name ("Kachin Independence
#: Army", "Arakan Army") names the group, not where something happens.
ARMED_HEADS: frozenset[str] = _w(
    """
    army forces front movement militia militias brigade brigades battalion regiment division
    corps guard command armee armée ejército
    """
)

#: News organisations, agencies and other names that are never places.
ORGANISATIONS: frozenset[str] = _w(
    """
    afp reuters ap associated_press interfax tass ria ria_novosti novosti ukrinform bbc cnn
    bloomberg xinhua antara kompas ukrainska_pravda meduza kyiv_independent kyiv_post
    nato un onu osce iaea icrc unicef telegram facebook x twitter youtube whatsapp
    wagner hamas hezbollah houthis isw deepstate deepstatemap rsf saf idf
    otan tsahal uno pbb
    нато оон обсє обсе магате зсу всу сбу фсб гур цахал хамас хезболла хезболлах хізбалла
    хусити хуситы ігіл игил іділ вагнер
    """
)

# --------------------------------------------------------------------------- adjectives
#: Demonyms and nationality adjectives that are not places (full forms).
DEMONYMS: dict[str, frozenset[str]] = {
    "en": _w("russian russians ukrainian ukrainians american americans british european "
             "europeans belarusian belarusians iranian iranians chinese north_korean israeli "
             "israelis palestinian palestinians sudanese soviet western polish french german "
             "germans english turkish syrian chechen burmese gazan gazans arab arabs"),
    "id": _w("barat timur"),
    "uk": _w(""),
    "ru": _w(""),
    "de": _w("russe russen ukrainer ukrainerin ukrainerinnen amerikaner europäer deutsche "
             "deutschen"),
    "fr": _w("russe russes ukrainien ukrainienne ukrainiens ukrainiennes américain "
             "américains européen européens"),
    "es": _w("ruso rusos rusa rusas ucraniano ucranianos ucraniana ucranianas estadounidense "
             "estadounidenses europeo europeos"),
}  # fmt: skip

#: Words after a nationality adjective that make both one place name ("Dominican
#: Republic", "Indian Ocean", "Arabian Peninsula"): the adjective is then no nationality.
DEMONYM_NAME_HEADS: frozenset[str] = _w(
    "republic islands island ocean sea gulf coast peninsula federation emirates"
)

#: Words before a language name ("speaks Russian", "in French", "translated into Arabic").
LANGUAGE_CUES: frozenset[str] = _w(
    "in into from speak speaks spoke speaking spoken learn learns learned learning "
    "fluent teach teaches taught translated translate"
)

#: Prefixes of nationality adjectives in inflecting languages ("російські", "Russische").
DEMONYM_PREFIXES: tuple[str, ...] = tuple(
    _w(
        """
        російськ российск русск українськ украинск американськ американск британськ
        британск білоруськ белорусск європейськ европейск німецьк немецк французьк
        французск польськ польск китайськ китайск іранськ иранск північнокорейськ
        северокорейск радянськ советск кремлівськ кремлевск окупаційн оккупационн
        russisch ukrainisch amerikanisch europäisch belarussisch iranisch chinesisch
        nordkoreanisch sowjetisch westlich
        """
    )
)

# --------------------------------------------------------------------------- context words
#: Prepositions after which a name is where something happens.
LOCATIVE_PREPOSITIONS: dict[str, frozenset[str]] = {
    "en": _w("in at near outside around on into onto toward towards from to against across "
             "over inside within beyond between along through via"),
    "id": _w("di ke dari dekat terhadap sekitar menuju arah antara sepanjang"),
    "uk": _w("у в під біля поблизу до від з із на за над через по між навколо довкола "
             # comparative compass adverbs work as prepositions: "південніше Вугледара"
             "північніше південніше західніше східніше північно-західніше "
             "північно-східніше південно-західніше південно-східніше"),
    "ru": _w("в во под около возле близ у до от из на за над через по между вокруг "
             "севернее южнее западнее восточнее северо-западнее северо-восточнее "
             "юго-западнее юго-восточнее"),
    "de": _w("in im bei nahe nach von aus um gegen auf zwischen entlang"),
    "fr": _w("à a en près dans vers sur contre de entre autour"),
    "es": _w("en cerca a hacia desde contra sobre de entre"),
}  # fmt: skip

#: Locative words that, before an unknown capitalised name, still say "a place".
#: (Stricter than :data:`LOCATIVE_PREPOSITIONS`: "on Telegram" is not a place.)
UNRESOLVED_CUES: dict[str, frozenset[str]] = {
    "en": _w("in near outside around"),
    "id": _w("di dekat"),
    "uk": _w("у в під біля поблизу районі районах околицях напрямку"),
    "ru": _w("в во под около возле близ районе районах окрестностях направлении"),
    "de": _w("bei nahe in"),
    "fr": _w("à près"),
    "es": _w("en cerca"),
}  # fmt: skip

#: Settlement-type words before a name ("the village of X", "desa X", "село X").
PLACE_TYPE_WORDS: frozenset[str] = _w(
    """
    village town city settlement hamlet desa kota kampung село селище місто смт селі місті
    селища міста город городе города деревня поселок посёлок поселке пгт dorf stadt ortschaft
    ville village localité pueblo ciudad localidad aldea м. с. г. д. п. смт.
    """
)

#: Place-type words that say "a village": the place is village-sized, not the
#: city of the same name ("the village of Zaporizhzhia").
VILLAGE_WORDS: frozenset[str] = _w(
    """
    village hamlet desa kampung dusun село селі села селом деревня деревне деревни dorf
    weiler hameau aldea
    """
)

#: Words for a capital right before its name ("the regional capital, Zaporizhzhia",
#: "ibukota Khartoum", "la capitale Kyiv"): the name is the city, not the region.
CAPITAL_WORDS: frozenset[str] = _w(
    """
    capital ibukota столиця столиці столицю столицею столица столице столицу столицей
    hauptstadt landeshauptstadt gebietshauptstadt provinzhauptstadt capitale
    """
)

#: Words joining the items of a list governed by a region cue.
AND_WORDS: frozenset[str] = _w("and dan serta і й та и und et y e")

#: Compass words that may stand between a region cue and its names
#: ("wilayah timur laut Sumy", "northeastern Kharkiv region").
COMPASS_WORDS: frozenset[str] = _w(
    """
    north south east west northeast northwest southeast southwest northern southern eastern
    western northeastern northwestern southeastern southwestern north-east north-west
    south-east south-west north-eastern north-western south-eastern south-western
    utara selatan timur barat laut daya tenggara
    північ південь схід захід північний південний східний західний
    север юг восток запад северный южный восточный западный
    nord süd ost west nördlich südlich östlich westlich sud est ouest
    norte sur este oeste
    """
)

#: Plural region words after a list ("Donetsk and Luhansk regions").
PLURAL_REGION_CUES: frozenset[str] = _w(
    "regions oblasts provinces областях областей областями області regionen oblaste gebiete"
)

#: Adjectives after a name that make it the region ("the Donetsk regional governor").
REGION_ADJECTIVES: frozenset[str] = _w(
    "regional обласна обласний обласної обласного областная областной областного"
)

#: Prepositions that put a place inside a region ("X in the Donetsk region").
CONTAINER_PREPOSITIONS: frozenset[str] = _w(
    "in in_the of di di_wilayah di_provinsi у в во на im in_der dans dans_la en en_la de la"
)

#: German articles and determiners: a capitalised word after them is a noun.
GERMAN_DETERMINERS: frozenset[str] = _w(
    """
    der die das des dem den ein eine einer eines einem einen kein keine keiner keinen
    jede jeder jedes jedem jeden diese dieser dieses diesem diesen alle beide viele
    mehrere einige manche sein seine ihr ihre unser unsere zwei drei vier fünf zehn
    """
)

#: Units of length: "(neun Meilen)" is no Swiss town, "13,6 mil" no place.
UNIT_WORDS: frozenset[str] = _w(
    """
    km kms kilometre kilometres kilometer kilometers kilometern mile miles meile meilen
    mil millas milles mille miglia metre metres meter meters metern mètres metros
    км кілометр кілометри кілометрів километр километра километров миля милі миль мили
    """
)

#: Talks, negotiations: "with X" in their context is a party, an actor.
TALKS_WORDS: frozenset[str] = _w(
    """
    talks negotiations negotiate negotiating deal agreement ceasefire truce dialogue meeting
    perundingan pembicaraan negosiasi perjanjian kesepakatan gencatan dialog pertemuan
    переговори переговорів переговорах угода угоди перемовини перемир'я
    переговоры переговоров переговорах соглашение соглашения перемирие
    gespräche verhandlungen verhandeln abkommen waffenstillstand
    pourparlers négociations négocier accord cessez-le-feu
    conversaciones negociaciones negociar acuerdo diálogo
    """
)

#: "with" in each language.
WITH_WORDS: frozenset[str] = _w("with dengan з із зі с со mit avec con")

#: Words right before a name that make it the agent ("by Russia", "oleh Ukraina").
AGENT_MARKERS: frozenset[str] = _w("by oleh dimediasi par por durch")

#: Words of attribution right before a country or capital: the source of a statement,
#: an actor ("selon Kiev", "según Moscú", "menurut Kyiv", "laut Kiew", "за словами
#: Києва", "according to Moscow").
ATTRIBUTION_MARKERS: frozenset[str] = _w("selon según menurut laut словами словам")

#: Nouns of agency: a country or capital right after them (a genitive) is an actor
#: ("pasukan Moskow", "serangan rudal Rusia", "війська Росії", "les forces de Moscou").
AGENCY_NOUNS: dict[str, frozenset[str]] = {
    "en": _w("forces troops army military government leadership regime authorities "
             "invasion aggression offensive"),
    "id": _w("pasukan tentara militer pemerintah pemimpin panglima kementerian menteri "
             "otoritas serangan invasi agresi kemajuan rezim delegasi presiden angkatan"),
    "uk": _w("війська військ армія армії сили сил удар удари ударів обстріл обстріли наступ "
             "агресія агресії вторгнення уряд уряду президент президента міністерство "
             "командування делегація окупанти режим пропозицію пропозиція пропозиції "
             "допомога допомогу ультиматум"),
    "ru": _w("войска войск армия армии силы сил удар удары ударов обстрел обстрелы "
             "наступление агрессия агрессии вторжение правительство правительства президент "
             "президента министерство командование делегация режим предложение "
             "предложения помощь ультиматум"),
    "de": _w("truppen streitkräfte armee regierung führung angriff angriffe offensive invasion "
             "regime"),
    "fr": _w("forces troupes armée gouvernement régime offensive invasion agression "
             "attaque attaques frappes"),
    "es": _w("fuerzas tropas ejército gobierno régimen ofensiva invasión agresión ataque "
             "ataques"),
}  # fmt: skip

#: Words allowed between an agency noun and its genitive ("forces of", "les forces de").
GENITIVE_LINKS: frozenset[str] = _w("of de d' du des del von der")

#: Nouns after a possessive ("Moscow's forces", "Russlands Armee") that make it an actor.
POSSESSIVE_AGENCY: frozenset[str] = _w(
    """
    forces troops army military government leadership regime foreign defence defense
    president envoy delegation demands demand position offensive invasion war claims
    proposal proposals plan offer aid support ultimatum
    armee truppen regierung streitkräfte führung
    """
)

#: Verbs (and verb phrases) after a country or capital that make it an agent.
AGENTIVE_VERBS: dict[str, frozenset[str]] = {
    "en": _w("said says say claimed claims claim demanded demands demand wants want wanted "
             "withdraw withdrew withdraws insisted insists rejected rejects denied denies "
             "accused accuses warned warns launched launches fired fires attacked attacks "
             "seized seizes captured captures annexed annexes invaded invades agreed agrees "
             "refused refuses announced announces stated responded responds threatened "
             "threatens struck strikes hit controls controlled sent sends plans planned "
             "hopes seeks sought aims intends intended refuses signed send sends sent supply "
             "supplies provide provides uses calls"
             # stative predicates of will: "said Moscow was ready for talks" (but not
             # the passive "Kyiv was hit", so no bare "was")
             ) | frozenset(f"{aux} {adj}" for aux in ("is", "was", "are", "were", "remains")
                           for adj in ("ready", "willing", "prepared", "determined",
                                       "committed", "open", "unwilling")),
    "id": _w("kata ujar mengatakan menuntut mengklaim berniat menarik menyatakan menolak "
             "menuduh mengancam menyerang merebut menguasai memperluas mencapai mengumumkan "
             "meluncurkan menembakkan menginginkan ingin bersikeras membantah menyetujui "
             "sepakat"),
    "uk": _w("заявив заявила заявили заявляє вимагає вимагав вимагала вимагали хоче хотів "
             "хотіла наполягає наполягав відкидає відкинув відкинула звинувачує звинуватив "
             "погрожує погрожував атакувала атакував атакує обстріляла обстріляв запустила "
             "запустив випустила випустив відповіла відповів оголосила оголосив відмовилася "
             "відмовився погодилася погодився вважає захопила окупувала анексувала вторглася "
             "каже сказав сказала повідомила повідомив виділила виділив надала надав "
             "передала передав готова готовий готові запропонувала запропонував"),
    "ru": _w("заявил заявила заявили заявляет требует требовал требовала потребовал "
             "потребовала хочет хотел хотела настаивает настаивал отвергает отверг отвергла "
             "обвиняет обвинил обвинила угрожает угрожал атаковала атаковал атакует обстреляла "
             "обстрелял запустила запустил выпустила выпустил ответила ответил объявила "
             "объявил отказалась отказался согласилась согласился считает захватила "
             "оккупировала аннексировала вторглась говорит сказал сказала сообщила сообщил "
             "выделил выделила выделили предоставил предоставила передал передала готова "
             "готов готовы предложил предложила"),
    "de": _w("sagte sagt sagten fordert forderte fordern will wollte wollen erklärte erklärt "
             "verlangt verlangte bestreitet bestritt wirft warf droht drohte lehnt lehnte "
             "beschuldigt beschuldigte griff greift beansprucht beanspruchte behauptet "
             "behauptete besteht bestand kündigte zog zieht fordere verlange wolle habe "
             "lehne bestehe"),
    "fr": _w("a_déclaré a_dit a_affirmé a_exigé a_réclamé a_rejeté a_accusé a_menacé a_lancé "
             "a_annoncé a_refusé exige réclame veut voulait refuse rejette accuse menace "
             "affirme déclare revendique insiste"),
    "es": _w("dijo dice exige exigió quiere quería afirmó afirma rechaza rechazó acusa acusó "
             "amenaza amenazó lanzó anunció insiste insistió reclama reclamó declaró"),
}  # fmt: skip

#: Auxiliaries and adverbs skipped between an agent and its verb
#: ("Moscow has repeatedly demanded", "Rusia belum mencapai").
AUXILIARIES: frozenset[str] = _w(
    """
    has have had will would could also again repeatedly previously now still reportedly
    long already has_long never not
    telah sudah belum akan tidak juga pernah terus masih berulang kali tetap
    вже уже також также неодноразово раніше ранее знову снова не
    hat hatte hatten wird würde auch erneut bereits wiederholt
    a ont avait aussi déjà encore
    ha han había también ya nuevamente
    """
)

#: Capitalised words that begin sentences and are never places ("Para", "The", "Laju").
COMMON_CAPITALISED: frozenset[str] = _w(
    """
    the a an this that these those it its he she they we i his her their our there here
    but and or so yet if when while after before since as at in on of for with by from
    about despite although however meanwhile also some many most all both each other
    para laju kunjungan namun pemimpin pasukan panglima kata menurut sementara meskipun
    setelah sebelum dalam pada hal ini itu tautan sumber dia mereka kami kita
    der die das ein eine und aber auch als wenn nach vor bei im am zum zur
    le la les un une des et mais selon après avant dans pour sur lors
    el los las unos unas pero según tras antes durante para sobre
    """
)

#: Institutional metonyms: the building or street that stands for a government,
#: and the capital it stands for (name as the gazetteer knows it, country code).
#: Continents, by their name in lower case -> (English name, lon, lat). The
#: bundled gazetteer has no continents; the points are GeoNames' continent
#: points, so "Africa" is drawn in Africa rather than matched to a town.
CONTINENTS: dict[str, tuple[str, float, float]] = {
    # Ukrainian and Russian in their common case forms ("в Європі", "Европе", "Африки")
    **dict.fromkeys(
        ("africa", "afrika", "afrique", "áfrica", "африка", "африки", "африці", "африку",
         "африкою", "африке", "африкой"),
        ("Africa", 21.0938, 7.1881),
    ),
    **dict.fromkeys(
        ("asia", "asien", "asie", "азія", "азії", "азію", "азією", "азия", "азии", "азию",
         "азией"),
        ("Asia", 89.2969, 29.8405),
    ),
    **dict.fromkeys(
        ("europe", "europa", "eropa", "європа", "європи", "європі", "європу", "європою",
         "европа", "европы", "европе", "европу", "европой"),
        ("Europe", 9.1406, 48.6910),
    ),
    **dict.fromkeys(
        ("north america", "nordamerika", "amérique du nord", "américa del norte", "amerika utara",
         "північна америка", "північної америки", "північній америці", "северная америка",
         "северной америки", "северной америке"),
        ("North America", -100.5469, 46.0732),
    ),
    **dict.fromkeys(
        ("south america", "südamerika", "amérique du sud", "américa del sur", "amerika selatan",
         "південна америка", "південної америки", "південній америці", "южная америка",
         "южной америки", "южной америке"),
        ("South America", -57.6563, -14.6048),
    ),
    **dict.fromkeys(
        ("oceania", "ozeanien", "océanie", "океанія", "океанії", "океания", "океании"),
        ("Oceania", 138.5156, -18.3128),
    ),
    **dict.fromkeys(
        ("antarctica", "antarktis", "antarctique", "antártida", "antartika", "антарктида",
         "антарктиди", "антарктиді", "антарктиды", "антарктиде"),
        ("Antarctica", 16.4063, -78.1586),
    ),
}  # fmt: skip

INSTITUTIONS: dict[str, tuple[str, str]] = {
    "kremlin": ("Moscow", "RU"),
    "kreml": ("Moscow", "RU"),
    "кремль": ("Moscow", "RU"),
    "кремля": ("Moscow", "RU"),
    "кремлі": ("Moscow", "RU"),
    "кремле": ("Moscow", "RU"),
    "кремлем": ("Moscow", "RU"),
    "кремлю": ("Moscow", "RU"),
    "white house": ("Washington", "US"),
    "gedung putih": ("Washington", "US"),
    "weißes haus": ("Washington", "US"),
    "weissen haus": ("Washington", "US"),
    "weißen haus": ("Washington", "US"),
    "maison blanche": ("Washington", "US"),
    "casa blanca": ("Washington", "US"),
    "білий дім": ("Washington", "US"),
    "білого дому": ("Washington", "US"),
    "белый дом": ("Washington", "US"),
    "белого дома": ("Washington", "US"),
    "pentagon": ("Washington", "US"),
    "pentágono": ("Washington", "US"),
    "пентагон": ("Washington", "US"),
    "пентагону": ("Washington", "US"),
    "пентагона": ("Washington", "US"),
    "bankova": ("Kyiv", "UA"),
    "банкова": ("Kyiv", "UA"),
    "банкової": ("Kyiv", "UA"),
    "банковій": ("Kyiv", "UA"),
    "downing street": ("London", "GB"),
    "whitehall": ("London", "GB"),
    "élysée": ("Paris", "FR"),
    "elysee": ("Paris", "FR"),
    "élysées": ("Paris", "FR"),
    "quai d'orsay": ("Paris", "FR"),
    "zhongnanhai": ("Beijing", "CN"),
    "kanzleramt": ("Berlin", "DE"),
    "bundeskanzleramt": ("Berlin", "DE"),
    "foggy bottom": ("Washington", "US"),
    "capitol hill": ("Washington", "US"),
}

#: Country abbreviations per language ("AS" = Amerika Serikat in Indonesian).
COUNTRY_ABBREVIATIONS: dict[str, dict[str, str]] = {
    "en": {"us": "US", "u.s.": "US", "usa": "US", "u.s.a.": "US", "uk": "GB", "u.k.": "GB",
           "uae": "AE", "drc": "CD", "dprk": "KP", "prc": "CN"},
    "id": {"as": "US", "ri": "ID", "inggris": "GB", "uea": "AE", "rrc": "CN"},
    "uk": {"сша": "US", "рф": "RU", "кндр": "KP", "оае": "AE", "кнр": "CN"},
    "ru": {"сша": "US", "рф": "RU", "кндр": "KP", "оаэ": "AE", "кнр": "CN"},
    "de": {"usa": "US", "us": "US", "vae": "AE"},
    "fr": {"usa": "US", "eau": "AE", "rdc": "CD"},
    "es": {"eeuu": "US", "ee.uu.": "US", "eua": "US", "eau": "AE"},
}  # fmt: skip

#: Lower-case words allowed inside a multi-word name ("Rostov-on-Don", "Frankfurt am Main").
NAME_CONNECTORS: frozenset[str] = _w(
    "on upon de la del am an der des du di el al le los las y sur sous"
)


# --------------------------------------------------------------------------- English news
#: AP-style US state abbreviations, as written after a town ("Alexandria, La.",
#: "Wheeling, W.Va."), with the ISO 3166-2 code of the state. Keys keep their
#: dots, without spaces ("W. Va." is read as "w.va.").
US_STATE_ABBREVIATIONS: dict[str, str] = {
    "ala.": "US-AL", "ariz.": "US-AZ", "ark.": "US-AR", "calif.": "US-CA", "cal.": "US-CA",
    "colo.": "US-CO", "conn.": "US-CT", "del.": "US-DE", "fla.": "US-FL", "ga.": "US-GA",
    "ill.": "US-IL", "ind.": "US-IN", "kan.": "US-KS", "kans.": "US-KS", "ky.": "US-KY",
    "la.": "US-LA", "md.": "US-MD", "mass.": "US-MA", "mich.": "US-MI", "minn.": "US-MN",
    "miss.": "US-MS", "mo.": "US-MO", "mont.": "US-MT", "neb.": "US-NE", "nebr.": "US-NE",
    "nev.": "US-NV", "n.h.": "US-NH", "n.j.": "US-NJ", "n.m.": "US-NM", "n.y.": "US-NY",
    "n.c.": "US-NC", "n.d.": "US-ND", "okla.": "US-OK", "ore.": "US-OR", "pa.": "US-PA",
    "penn.": "US-PA", "r.i.": "US-RI", "s.c.": "US-SC", "s.d.": "US-SD", "tenn.": "US-TN",
    "tex.": "US-TX", "va.": "US-VA", "vt.": "US-VT", "wash.": "US-WA", "w.va.": "US-WV",
    "wis.": "US-WI", "wisc.": "US-WI", "wyo.": "US-WY", "d.c.": "US-DC",
}  # fmt: skip

#: Abbreviations of first-level regions written as words in any language, all
#: caps or as printed ("NSW", "Qld"), with their ISO 3166-2 code.
REGION_ABBREVIATIONS: dict[str, str] = {
    "nsw": "AU-NSW", "qld": "AU-QLD",
    # the Russian-installed "people's republics" name the Donetsk and Luhansk oblasts
    "днр": "UA-14", "лнр": "UA-09", "dnr": "UA-14", "lnr": "UA-09", "dpr": "UA-14",
    "lpr": "UA-09",
}  # fmt: skip

#: Words after a town's name that make the organisation the town's own ("Torrington
#: Fire Department", "Carthage Police Chief", "Edwardsville City Council").
MUNICIPAL_WORDS: frozenset[str] = _w(
    "police fire sheriff city town village township borough county municipal volunteer"
)

#: Heads of news outlets' names: the place that opens one ("the New York Times",
#: "Kyiv Independent", "Bucharest Daily News") names the outlet, not a place.
MEDIA_HEADS: frozenset[str] = _w(
    "times post news press independent pravda radio television tv daily herald journal "
    "tribune gazette chronicle telegraph courier dispatch examiner inquirer sentinel bulletin"
)

#: Words after a place's name that make it a disease's name ("West Nile virus").
DISEASE_WORDS: frozenset[str] = _w(
    "virus viruses fever flu influenza encephalitis ebolavirus hemorrhagic haemorrhagic "
    "disease syndrome"
)

#: Acronyms of unions of countries, per language ("EU", "UE", "ЄС"): the region.
UNION_ACRONYMS: dict[str, dict[str, str]] = {
    "en": {"eu": "European Union"},
    "de": {"eu": "European Union"},
    "fr": {"ue": "European Union"},
    "es": {"ue": "European Union"},
    "id": {"ue": "European Union", "eu": "European Union"},
    "uk": {"єс": "European Union"},
    "ru": {"ес": "European Union"},
}

#: Words of local institutions' names: a town that opens one is the town
#: ("Litchfield Superior Court", "Woodstock General Hospital"), if nothing else.
LOCAL_INSTITUTION_WORDS: frozenset[str] = _w(
    "court hospital school board library museum chamber medical clinic"
)

#: "Bank" words before a river's name ("левого берега Днепра", "the left bank of
#: the Dnipro", "rive gauche du Dniepr"): the name is the river, which the bundled
#: gazetteer does not have, not the city of its name.
RIVERBANK_WORDS: frozenset[str] = _w(
    "берег берега берегу березі береге берегом бережжя побережжя "
    "bank banks rive rives ufer ufers orilla ribera tepi"
)

#: Region cues used by one country only: the region is looked for there first.
CUE_COUNTRIES: dict[str, str] = {"kabupaten": "ID", "landkreis": "DE"}

#: Words after a name that make it a town rather than a region of its name
#: ("Berea police", "Berea Police Department").
TOWN_SERVICE_WORDS: frozenset[str] = _w("police mayor firefighters fire")

#: Words after a name that make it the state, not its namesake city ("New York
#: Governor", "the New York border", "New York's attorney general").
STATE_OFFICE_WORDS: frozenset[str] = _w(
    "governor gov legislature legislators lawmakers border attorney senate assembly upstate"
)

#: Two-letter postal codes of US states, read only right after "Town, ".
US_POSTAL_CODES: dict[str, str] = {
    code.lower(): f"US-{code}"
    for code in (
        "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV "
        "NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC"
    ).split()
}

#: Abbreviated heads of place names, joined to the next word across their full stop:
#: "St. Louis", "Ste. Genevieve", "Mt. Pleasant", "Ft. Worth", "Pt. Pleasant".
NAME_HEAD_ABBREVIATIONS: frozenset[str] = _w("st ste mt mts ft pt")

#: "Saint" and its abbreviations: a saint's name in the possessive opens an
#: institution's name ("St. Mary's Hospital", "Saint Paul's Cathedral").
SAINT_WORDS: frozenset[str] = _w("st ste saint sainte san santa são sankt")

#: Words before a city's name that make it the city's area ("Greater Boston",
#: "Metropolitan Atlanta", "Metro Detroit", "Downtown Denver"): read as the city.
AREA_PREFIXES: frozenset[str] = _w("greater metropolitan metro downtown")

#: Heads of the names of waters: a nationality word before one names no
#: country ("Indian Ocean", "Arabian Sea", "Persian Gulf").
WATER_HEADS: frozenset[str] = _w("ocean sea gulf bay strait")

#: Slavic adjectives that open village names ("Malaya Loknya", "Velyka Novosilka",
#: "Нова Каховка"): never a place alone when a capitalised word follows.
NAME_ADJECTIVES: frozenset[str] = _w(
    """
    mala malaya malyi maly malyy malaia velyka velykyi velyki velikaya bolshaya bolshoy
    bolshoi nova novaya novyi novy novyy stara staraya staryi stary staryy verkhnya
    verkhnia verkhniy nyzhnya nyzhnia nizhnyaya nizhniy krasna krasnaya krasnyi
    мала малая малий малый велика великий великая большая большой нова новая новий новый
    стара старая старий старый верхня верхняя верхній верхний нижня нижняя нижній нижний
    """
)

#: Abbreviated names of cities, written in capitals ("the L.A. port", "NYC").
CITY_ABBREVIATIONS: dict[str, tuple[str, str]] = {
    "l.a.": ("Los Angeles", "US"), "nyc": ("New York City", "US"),
    "n.y.c.": ("New York City", "US"),
}  # fmt: skip

#: British (and Commonwealth) spellings: an English report that uses them was not
#: written in the United States, which weighs against its US namesakes.
BRITISH_SPELLINGS: frozenset[str] = _w(
    """
    centre centres colour colours favour favourite honour neighbour neighbours
    neighbourhood programme programmes organisation organisations organised realise
    realised recognise recognised labour defence licence offence travelled travelling
    tyre tyres whilst amongst kerb cheque metres kilometres behaviour harbour
    """
)

#: Nouns a Slavic place adjective may qualify and still name the place: an axis or
#: a district ("Покровському напрямку", "Покровського району"); before any other
#: lower-case noun ("Серебрянського лісництва", "Харківського університету") the
#: adjective names no place.
PLACE_ADJECTIVE_NOUNS: frozenset[str] = _w(
    """
    напрямку напрямі напрямок напрямком направлении направление направлению
    напрямках направлениях фронту фронті фронте плацдарму плацдармі плацдарме
    """
)

#: Words ending a street name ("Orchard St.", "Dublin Road", "Highway 19"): the
#: whole capitalised run is an address, not a place.
STREET_WORDS_AFTER: frozenset[str] = _w(
    """
    street st road rd avenue ave av drive dr lane ln boulevard blvd parkway pkwy highway hwy
    pike terrace trail circle cir court ct freeway expressway turnpike alley
    straße strasse weg allee platz
    """
)

#: Words before a street name ("вул. Шевченка", "rue de la Paix", "Jalan Sudirman").
STREET_WORDS_BEFORE: frozenset[str] = _w(
    """
    вул вулиця вулиці вулицю улица улице улицу ул проспект проспекті проспекте просп
    провулок переулок пров пер бульвар бульварі площа площі площадь
    rue avenue boulevard calle avenida jalan jl highway route interstate
    """
)

#: Second-level units after a name ("Laurel County", "Rapides Parish"). The
#: bundled gazetteer has no such areas: the mention is kept, unresolved.
COUNTY_WORDS: frozenset[str] = _w("county parish township borough")

#: Lower-case county words after names ("Jackson and Barrow counties", "Caddo
#: parish"): each name is that of a county, written with the capitalised word.
COUNTY_LIST_WORDS: dict[str, str] = {
    "county": "County", "counties": "County", "parish": "Parish", "parishes": "Parish",
}  # fmt: skip

#: English nouns that begin names of buildings, bodies and roads ("the Minnesota
#: House", "Police Chief", "City Hall", "Central Avenue"): alone, never a place
#: unless the name is prominent (a country, a region or a city of 100,000).
COMMON_NOUNS: frozenset[str] = _w(
    """
    house senate hospital hall street college school man woman home church mill airport
    police fire sheriff center centre park road bench reserve general officer officers trees
    christmas easter metro central north south east west northeast northwest southeast
    southwest gulf coast island bay lake river valley mountain mount hill hills heights
    harbor harbour port beach springs falls city town village county state district
    station court judge library museum theater theatre stadium arena field farm ranch
    market mall plaza tower bridge dam canal highway avenue square garden gardens
    memorial cemetery chapel temple mosque cathedral prison jail camp base fort
    academy high middle elementary club team band hotel inn restaurant cafe bar
    company corporation industries group media news times post journal herald tribune
    press daily weekly gazette star sun globe chronicle review record register
    republic democrat republican democrats republicans congress government army navy
    air force marine marines guard coast_guard national federal royal royals titan titans
    commerce trade health education energy water power light gas oil
    sunday monday tuesday wednesday thursday friday saturday
    god lord jesus christ christian bible king queen prince princess saint
    victory liberty union unity freedom independence peace hope grace faith
    barrel holly ivy rose lily daisy jewel pearl ruby crystal amber
    """
)

#: Common English given names (men's and women's), to tell "Jason Jones" from a
#: town: "<given name> <Capitalised>" is a person, and the surname stays one.
GIVEN_NAMES_EN: frozenset[str] = _w(
    """
    aaron adam adrian alan albert alex alexis alice alicia allen allison amanda amber amy
    andrea andy angela angie ann anna anne annie annika april arthur ashley barbara
    barry ben benjamin beth betty beverly bill billy bob bobby bonnie brad bradley brandon
    brenda brent brett brian bruce bryan carl carla carol caroline carolyn carrie casey
    catherine cathy chad charlie chelsea cheryl chris christina christine christopher
    chuck cindy claire clarence clifford cody colleen connie craig crystal curtis cynthia
    dale dan dana danielle darrell darren dave dawn dean debbie deborah debra dennis derek
    diana diane dick don donna doris dorothy doug douglas dustin dwight earl ed eddie edith
    eileen elaine eleanor ellen emily emma eric erica erin ethel eugene evelyn frances
    frank fred frederick gail gary gene geoffrey gerald gina glen glenn gloria gordon grace
    greg gregory harold harry heather heidi helen henry herbert holly howard ian jack
    jacob jacqueline jaime jamie jan jane janet janice jason jay jean jeff jeffrey jenny
    jeremy jerry jesse jessie jill jim jimmy joan joanne jodi joel john johnny jon
    josh joshua joyce juan judith judy julia julie justin karl kate katherine kathleen
    kathryn kathy katie keith kelly ken kenneth kerry kim kimberly kristen kristin kurt
    kyle lance larry laura lauren lawrence lee leo leon leonard leslie lillian lisa lois
    lori lorraine louis louise lucas lucy luke lynn marcus margaret maria marie marilyn
    marion marjorie marsha martha martin marvin matt megan melanie melissa melvin michele
    michelle mildred missy mitch mitchell molly monica nancy nathan neil nicholas nick
    nicole norma norman pam pamela pat patrick patty peggy penny phil philip phillip
    phyllis rachel ralph randy ray raymond rebecca regina rhonda rick ricky rita rob
    roberta robin rodney roger ron ronald ronnie rose ruby russell ruth ryan sally sam
    samantha samuel sandra sandy scott sean shane shannon sharon shawn sheila shelby
    shirley stacy stanley stephanie stephen steven stuart sue susan suzanne tammy tara
    ted teresa terri terry theresa tim timothy tina todd tom tommy tony tracy travis troy
    tyler valerie vanessa vernon vicki vickie victoria vincent walter wanda
    warren wayne wendy wesley willie wilma
    barack hillary sarah hilary nancy mitt newt sonia joe kamala
    """
)
