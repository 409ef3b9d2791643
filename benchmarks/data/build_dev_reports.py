"""Build ``dev_reports.jsonl``: our multilingual conflict-report development set.

Run: ``python benchmarks/data/build_dev_reports.py`` (rewrites the .jsonl next to it).

Every snippet below was written for geofront (wire style, not copied from any
source). Places are marked inline as ``[surface|key]``; ``key`` names a
GeoNames id of the bundled gazetteer (table ``IDS``), and the builder stores
offsets, the id and the gazetteer's coordinates. Claims are listed per snippet:
distance, bearing (degrees from north, or None), anchor key, bound. A claim is
a distance or direction-with-distance statement; counts, unit numbers, times
and casualty figures are not claims. Ranges are stored with their midpoint.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

MILE = 1609.344
N, NE, E, SE, S, SW, W, NW = 0.0, 45.0, 90.0, 135.0, 180.0, 225.0, 270.0, 315.0

IDS = {
    # Ukraine
    "pokrovsk": 704422, "sloviansk": 693468, "kramatorsk": 704508, "bakhmut": 713174,
    "chasiv": 710915, "toretsk": 709354, "kost_d": 705104, "kost_z": 705115,
    "avdiivka": 713122, "avdiivka_ch": 713120, "kupiansk": 703656, "lyman_d": 704204,
    "lyman_k": 703071, "vuhledar": 690823, "kurakhove": 695357, "vnovosilka": 690237,
    "huliaipole": 707898, "huliaipole_dn": 707897, "orikhiv": 698428, "zap": 687700,
    "zap_village": 687684, "kherson": 706448, "kharkiv": 706483, "vovchansk": 689304,
    "sumy": 692194, "odesa": 698740, "kyiv": 703448, "dnipro": 709930, "mariupol": 701822,
    "donetsk": 709717, "luhansk": 702658, "siversk": 694403, "myrnohrad": 710035,
    "selydove": 694677, "krasnohorivka": 704393, "krasnohorivka_p": 704390,
    "nikopol": 700051, "enerhodar": 709276, "izium": 707292, "balakliia": 712926,
    "chuhuiv": 710374, "novohrodivka": 699557, "horlivka": 707753, "druzhkivka": 616743,
    "ocheretyne": 698759, "dobropillia": 709900, "kropyvnytskyi": 705812,
    "mykolaiv": 700569, "tokmak": 691469, "polohy": 696677, "melitopol": 701404,
    "berdiansk": 712451, "nkakhovka": 699839, "beryslav": 712260, "lyptsi": 702989,
    "hlukhiv": 707758, "shostka": 693942, "lysychansk": 702972, "svatove": 692118,
    "kreminna": 704138, "zolochiv_k": 686895, "zolochiv_l": 686896, "marhanets": 701855,
    "ukrainsk": 690771, "hirnyk": 708395,
    "donetsk_obl": 709716, "zap_obl": 687699, "kharkiv_obl": 706482, "sumy_obl": 692196,
    "dnipro_obl": 709929, "luhansk_obl": 702657, "kherson_obl": 706442,
    "poltava_obl": 696634, "chernihiv_obl": 710734,
    "ukraine": 690791,
    "usa": 6252001,
    "thailand": 1605651, "lviv_obl": 702549,
    # Russia and elsewhere
    "russia": 2017370, "moscow": 524901, "belgorod": 578072, "kursk": 538560,
    "sudzha": 486816, "kursk_obl": 538555, "belgorod_obl": 578071, "rostov": 501175,
    "istanbul": 745044, "washington": 4140963, "berlin": 2950159, "paris": 2988507,
    "jakarta": 1642911, "doha": 290030, "cairo": 360630,
    # Sudan
    "sudan": 366755, "khartoum": 379252, "omdurman": 365137, "elfasher": 379555,
    "nyala": 369004, "wadmadani": 364103, "elobeid": 379003, "portsudan": 377039,
    "ndarfur": 408666, "gezira": 408648, "sennar": 367644, "nkordofan": 408667,
    # Myanmar
    "myanmar": 1327865, "myitkyina": 1307741, "lashio": 1314759, "mandalay": 1311874,
    "yangon": 1298824, "sittwe": 1295765, "myawaddy": 1308052, "naypyidaw": 6611854,
    "bhamo": 1328218, "kyaukme": 1316943, "hpakant": 1323815, "loikaw": 1313479,
    "kachin": 1321702, "shan": 1297099, "rakhine": 1298852, "kayah": 1319539,
    # Gaza
    "gaza": 281133, "khanyunis": 281124, "rafah": 281102, "jabalia": 281129,
    "deir": 281141, "beitlahia": 281145, "israel": 294640, "egypt": 357994,
}  # fmt: skip


def C(km=None, bearing=None, anchor="", bound="exact", *, mi=None):  # noqa: N802
    """A gold claim: distance in km (or miles), bearing, anchor key, bound."""
    metres = km * 1000.0 if km is not None else mi * MILE
    return {"distance_m": round(metres, 3), "bearing_deg": bearing, "anchor": anchor,
            "bound": bound}  # fmt: skip


def R(lang, text, *claims):  # noqa: N802
    return (lang, text, list(claims))


SNIPPETS = [
    # ------------------------------------------------------------------ English
    R(
        "en",
        "Russian forces are about 10 km north of [Pokrovsk|pokrovsk], the Ukrainian "
        "military said on Tuesday.",
        C(10, N, "pokrovsk", "about"),
    ),
    R(
        "en",
        "Fighting raged near [Chasiv Yar|chasiv], some 12 km west of [Bakhmut|bakhmut], "
        "which Russian troops captured in May 2023.",
        C(12, W, "bakhmut", "about"),
    ),
    R(
        "en",
        "[Kupiansk|kupiansk] now lies less than 8 km from the front line, regional officials said.",
        C(8, None, "kupiansk", "at_most"),
    ),
    R(
        "en",
        "Ukrainian units have been pushed back to within 15 km (nine miles) of "
        "[Kramatorsk|kramatorsk], a senior officer told reporters.",
        C(15, None, "kramatorsk", "at_most"),
    ),
    R(
        "en",
        "Shelling hit [Kostiantynivka|kost_d] in the [Donetsk region|donetsk_obl] "
        "overnight, killing four people and wounding 12, the governor said.",
    ),
    R(
        "en",
        "A drone struck a minibus in [Kostiantynivka|kost_z], a village in the "
        "[Zaporizhzhia region|zap_obl], on Sunday morning.",
    ),
    R(
        "en",
        "Russian assault groups probed defences around [Lyman|lyman_k] in the "
        "[Kharkiv region|kharkiv_obl], officials in [Kharkiv|kharkiv] said.",
    ),
    R(
        "en",
        "[Lyman|lyman_d], retaken by [Ukraine|ukraine] in 2022, was shelled again. The town lies "
        "about 20 km northeast of [Sloviansk|sloviansk].",
        C(20, NE, "sloviansk", "about"),
    ),
    R(
        "en",
        "Pro-Kremlin bloggers claimed gains near [Artemovsk|bakhmut] and "
        "[Krasnoarmeysk|pokrovsk], the Soviet-era names that [Moscow|moscow] still uses.",
    ),
    R(
        "en",
        "A missile hit an industrial site in the [Dnipropetrovsk region|dnipro_obl], "
        "wounding three workers.",
    ),
    R(
        "en",
        "[Pokrovsk|pokrovsk] has been under pressure for months. Russian troops are now "
        "about 3 km from the city, a Ukrainian commander said.",
        C(3, None, "pokrovsk", "about"),
    ),
    R(
        "en",
        "The Rapid Support Forces shelled [El Fasher|elfasher], the capital of "
        "[North Darfur|ndarfur], from positions about 5 km east of the city.",
        C(5, E, "elfasher", "about"),
    ),
    R(
        "en",
        "The army said it had retaken [Wad Madani|wadmadani], 135 km southeast of "
        "[Khartoum|khartoum], after a year of paramilitary control.",
        C(135, SE, "khartoum", "exact"),
    ),
    R(
        "en",
        "Drones hit fuel depots in [Port Sudan|portsudan] for a third day; 300 families "
        "were moved from the port area.",
    ),
    R(
        "en",
        "Kachin fighters say they are within 10 miles of [Bhamo|bhamo] in northern "
        "[Myanmar|myanmar].",
        C(mi=10, bearing=None, anchor="bhamo", bound="at_most"),
    ),
    R(
        "en",
        "Resistance forces took [Lashio|lashio] in August; the city is about 190 km "
        "northeast of [Mandalay|mandalay].",
        C(190, NE, "mandalay", "about"),
    ),
    R(
        "en",
        "Israeli tanks pushed deeper into [Rafah|rafah] on the border with "
        "[Egypt|egypt], residents said.",
    ),
    R(
        "en",
        "Air strikes hit [Jabalia|jabalia], about 3 km north of [Gaza City|gaza], overnight.",
        C(3, N, "gaza", "about"),
    ),
    R(
        "en",
        "The 47th Brigade said it downed 23 drones over [Kharkiv|kharkiv] between "
        "2 and 4 a.m., and that 2 of 5 launch sites had been hit.",
    ),
    R(
        "en",
        "Air raid alerts sounded in [Odessa|odesa] and [Nikolaev|mykolaiv] as "
        "[Russia|russia] launched 90 drones.",
    ),
    R(
        "en",
        "[Kyiv|kyiv] rejected the plan, while [Moscow|moscow] said talks could resume in "
        "[Istanbul|istanbul] next month.",
    ),
    R(
        "en",
        "Russian troops are 10-15 km from [Kurakhove|kurakhove], according to open-source "
        "analysts.",
        C(12.5, None, "kurakhove", "range"),
    ),
    R(
        "en",
        "The village of [Zaporizhzhia|zap_village] in the south of the "
        "[Zaporizhzhia region|zap_obl] is not to be confused with the regional capital, "
        "[Zaporizhzhia|zap], about 100 km to the north.",
        C(100, N, "zap_village", "about"),
    ),
    # ------------------------------------------------------------------ Indonesian
    R(
        "id",
        "Pasukan [Rusia|russia] berada sekitar 15 kilometer dari kota [Pokrovsk|pokrovsk], kata "
        "militer [Ukraina|ukraine].",
        C(15, None, "pokrovsk", "about"),
    ),
    R(
        "id",
        "[Moskow|moscow] mengklaim pasukannya kini kurang dari 5 km di selatan [Kostiantynivka|kost_d].",
        C(5, S, "kost_d", "at_most"),
    ),
    R("id", "Serangan drone menghantam [Kharkiv|kharkiv] pada Selasa malam, melukai 17 orang."),
    R(
        "id",
        "Pertempuran sengit berlangsung di dekat [Chasiv Yar|chasiv], sekitar 10 km di "
        "barat [Bakhmut|bakhmut].",
        C(10, W, "bakhmut", "about"),
    ),
    R(
        "id",
        "Pasukan [Ukraina|ukraine] mundur dari [Vuhledar|vuhledar] di wilayah "
        "[Donetsk|donetsk_obl] setelah dua tahun bertahan.",
    ),
    R(
        "id",
        "Desa [Krasnohorivka|krasnohorivka_p] di wilayah [Poltava|poltava_obl] jauh dari "
        "garis depan, berbeda dengan [Krasnohorivka|krasnohorivka] di dekat "
        "[Donetsk|donetsk].",
    ),
    R(
        "id",
        "Militer [Rusia|russia] menyatakan telah merebut desa yang terletak 7 km di timur laut "
        "[Kupiansk|kupiansk].",
        C(7, NE, "kupiansk", "exact"),
    ),
    R(
        "id",
        "Pasukan RSF menyerang [El Fasher|elfasher] dari arah barat, sekitar 8 km dari pusat kota.",
        C(8, None, "elfasher", "about"),
    ),
    R(
        "id",
        "Tentara [Sudan|sudan] mengatakan pihaknya menguasai kembali [Omdurman|omdurman] "
        "dan sebagian [Khartoum|khartoum].",
    ),
    R(
        "id",
        "Serangan udara [Israel|israel] menewaskan 12 orang di [Khan Younis|khanyunis], "
        "sekitar 25 km di selatan [Kota Gaza|gaza].",
        C(25, S, "gaza", "about"),
    ),
    R("id", "Warga [Rafah|rafah] mengungsi ke [Deir al-Balah|deir] setelah perintah evakuasi."),
    R(
        "id",
        "Junta [Myanmar|myanmar] kehilangan kendali atas [Myawaddy|myawaddy] di "
        "perbatasan dengan [Thailand|thailand].",
    ),
    R(
        "id",
        "Pemberontak Arakan Army berada lebih dari 20 km di utara [Sittwe|sittwe], "
        "ibu kota negara bagian [Rakhine|rakhine].",
        C(20, N, "sittwe", "at_least"),
    ),
    R("id", "Presiden Zelensky bertemu pejabat [AS|usa] di [Jakarta|jakarta] pekan lalu."),
    R(
        "id",
        "Garis depan kini berjarak 30 km dari [Zaporizhzhia|zap], kata gubernur wilayah itu.",
        C(30, None, "zap", "exact"),
    ),
    R(
        "id",
        "Rudal [Rusia|russia] menghantam pelabuhan [Odesa|odesa] dan menewaskan 4 orang, "
        "sementara 2 kapal rusak.",
    ),
    R(
        "id",
        "Pasukan [Rusia|russia] maju sekitar 4 kilometer di barat daya [Toretsk|toretsk] dalam sepekan.",
        C(4, SW, "toretsk", "about"),
    ),
    R("id", "Kota [Kursk|kursk] di [Rusia|russia] kembali diserang drone, kata gubernur."),
    R(
        "id",
        "Pasukan [Ukraina|ukraine] masih bertahan di sekitar [Sudzha|sudzha] di wilayah [Kursk|kursk_obl].",
    ),
    R(
        "id",
        "Serangan artileri menghantam [Nikopol|nikopol], sekitar 10 km di seberang "
        "sungai dari [Enerhodar|enerhodar].",
        C(10, None, "enerhodar", "about"),
    ),
    R(
        "id",
        "Pemerintah [Sudan|sudan] memindahkan kantor ke [Port Sudan|portsudan] sejak "
        "perang pecah pada 2023.",
    ),
    R(
        "id",
        "Pasukan pemberontak merebut [Lashio|lashio], kota berjarak 190 km di timur laut "
        "[Mandalay|mandalay].",
        C(190, NE, "mandalay", "exact"),
    ),
    R(
        "id",
        "Tentara [Rusia|russia] berada 2-3 km dari pinggiran [Myrnohrad|myrnohrad], menurut analis.",
        C(2.5, None, "myrnohrad", "range"),
    ),
    # ------------------------------------------------------------------ Ukrainian
    R(
        "uk",
        "Російські війська перебувають приблизно за 10 км на північ від "
        "[Покровська|pokrovsk], повідомили в ЗСУ.",
        C(10, N, "pokrovsk", "about"),
    ),
    R("uk", "Бої тривають біля [Часового Яру|chasiv] і [Торецька|toretsk]."),
    R(
        "uk",
        "До адмінмеж [Костянтинівки|kost_d] лишається близько 2 кілометрів, кажуть військові.",
        C(2, None, "kost_d", "about"),
    ),
    R("uk", "Окупанти обстріляли [Херсон|kherson]: поранено 6 людей, пошкоджено 14 будинків."),
    R(
        "uk",
        "У [Куп'янську|kupiansk] евакуюють дітей; фронт менше ніж за 5 км від міста.",
        C(5, None, "kupiansk", "at_most"),
    ),
    R(
        "uk",
        "Ворог атакував [Лиман|lyman_k] на [Харківщині|kharkiv_obl], а не однойменне "
        "місто на [Донеччині|donetsk_obl].",
    ),
    R(
        "uk",
        "Противник намагається просунутися до [Великої Новосілки|vnovosilka], що за "
        "15 км на південь від [Курахового|kurakhove].",
        C(15, S, "kurakhove", "exact"),
    ),
    R("uk", "Вибухи пролунали в [Запоріжжі|zap] та [Нікополі|nikopol]."),
    R("uk", "Сили оборони відійшли з [Вугледара|vuhledar], щоб уникнути оточення."),
    R(
        "uk",
        "Під [Красногорівкою|krasnohorivka] на [Донеччині|donetsk_obl] тривають "
        "запеклі бої, а [Красногорівка|krasnohorivka_p] на [Полтавщині|poltava_obl] "
        "приймає переселенців.",
    ),
    R(
        "uk",
        "Росіяни скинули 8 керованих авіабомб на [Сумщину|sumy_obl], повідомила "
        "обласна адміністрація.",
    ),
    R(
        "uk",
        "[Москва|moscow] заявила, що її війська за 7 км від [Оріхова|orikhiv].",
        C(7, None, "orikhiv", "exact"),
    ),
    R("uk", "Дрон атакував автобус у [Золочеві|zolochiv_k] на [Харківщині|kharkiv_obl]."),
    R(
        "uk",
        "У [Золочеві|zolochiv_l] на [Львівщині|lviv_obl] оголосили збір гуманітарної допомоги.",
    ),
    R(
        "uk",
        "Ворожі штурмовики за 3 км на схід від [Покровська|pokrovsk]; місто під "
        "постійним обстрілом.",
        C(3, E, "pokrovsk", "exact"),
    ),
    R("uk", "Армія [РФ|russia] захопила [Авдіївку|avdiivka] в лютому 2024 року."),
    R(
        "uk",
        "В [Авдіївці|avdiivka_ch] на [Чернігівщині|chernihiv_obl] пролунали вибухи, "
        "поранено 2 людей.",
    ),
    R(
        "uk",
        "Фронт підійшов на відстань понад 20 км до [Дніпра|dnipro].",
        C(20, None, "dnipro", "at_least"),
    ),
    R("uk", "Ворог обстрілює [Ізюм|izium] з району [Куп'янська|kupiansk]."),
    R(
        "uk",
        "Росіяни наступають приблизно за 8 км на південний схід від "
        "[Ліптців|lyptsi] на [Харківщині|kharkiv_obl].",
        C(8, SE, "lyptsi", "about"),
    ),
    R("uk", "[Київ|kyiv] і [Вашингтон|washington] домовилися про нові поставки ППО."),
    R(
        "uk",
        "У [Мирнограді|myrnohrad] лишається близько 1500 мешканців; від міста до "
        "позицій ворога близько 4 км.",
        C(4, None, "myrnohrad", "about"),
    ),
    # ------------------------------------------------------------------ Russian
    R(
        "ru",
        "Российские войска находятся в 20 км к югу от [Славянска|sloviansk].",
        C(20, S, "sloviansk", "exact"),
    ),
    R("ru", "Бои идут у [Часового Яра|chasiv] и под [Торецком|toretsk]."),
    R(
        "ru",
        "Минобороны РФ сообщило о взятии села в 6 км к западу от [Курахово|kurakhove].",
        C(6, W, "kurakhove", "exact"),
    ),
    R("ru", "В [Белгороде|belgorod] после обстрела ранены 5 человек, повреждены 12 домов."),
    R("ru", "ВСУ удерживают позиции около [Суджи|sudzha] в [Курской области|kursk_obl]."),
    R(
        "ru",
        "Армия заявила, что находится менее чем в 10 км от [Покровска|pokrovsk].",
        C(10, None, "pokrovsk", "at_most"),
    ),
    R("ru", "Украинские беспилотники атаковали [Ростов-на-Дону|rostov] и [Курск|kursk]."),
    R("ru", "Российские подразделения продвинулись к [Артемовску|bakhmut] с севера."),
    R(
        "ru",
        "Под [Красногоровкой|krasnohorivka] в [Донецкой области|donetsk_obl] идут тяжелые бои.",
    ),
    R(
        "ru",
        "Линия фронта проходит примерно в 15 км к востоку от [Константиновки|kost_d].",
        C(15, E, "kost_d", "about"),
    ),
    R("ru", "Город [Вовчанск|vovchansk] находится в 5 км от границы с [Россией|russia]."),
    R("ru", "[Кремль|moscow] заявил, что переговоры в [Стамбуле|istanbul] возможны."),
    R(
        "ru",
        "По данным военных, до окраин [Запорожья|zap] около 30 км.",
        C(30, None, "zap", "about"),
    ),
    R("ru", "В [Хартуме|khartoum] возобновились бои между армией и СБР."),
    R("ru", "Повстанцы захватили [Лашо|lashio] на севере [Мьянмы|myanmar]."),
    R("ru", "Израильская армия нанесла удар по [Рафаху|rafah], погибли 9 человек."),
    R(
        "ru",
        "Войска [РФ|russia] находятся более чем в 25 км к северо-западу от [Запорожья|zap].",
        C(25, NW, "zap", "at_least"),
    ),
    R("ru", "Обстрел [Никополя|nikopol]: повреждены 3 дома и газопровод."),
    R("ru", "Под [Угледаром|vuhledar] погибли 14 военных, сообщил источник."),
    R(
        "ru",
        "Колонна вышла из [Донецка|donetsk] и остановилась в 12 км к западу от города.",
        C(12, W, "donetsk", "exact"),
    ),
    R("ru", "Силы [РФ|russia] наступают на [Купянск|kupiansk] с двух направлений."),
    R("ru", "[Херсон|kherson] снова обстреляли с левого берега Днепра."),
    # ------------------------------------------------------------------ German
    R(
        "de",
        "Die Front liegt etwa 12 Kilometer östlich von [Slowjansk|sloviansk].",
        C(12, E, "sloviansk", "about"),
    ),
    R(
        "de",
        "Russische Truppen stehen nach ukrainischen Angaben weniger als 10 Kilometer "
        "vor [Pokrowsk|pokrovsk].",
        C(10, None, "pokrovsk", "at_most"),
    ),
    R("de", "In [Charkiw|kharkiv] wurden bei einem Drohnenangriff 9 Menschen verletzt."),
    R("de", "Die Kämpfe um [Tschassiw Jar|chasiv] dauern seit Monaten an."),
    R(
        "de",
        "Das Dorf liegt etwa 6 Kilometer südwestlich von [Kupjansk|kupiansk].",
        C(6, SW, "kupiansk", "about"),
    ),
    R("de", "Nach Angaben [Kiews|kyiv] wurde [Cherson|kherson] erneut beschossen."),
    R("de", "[Moskau|moscow] behauptet, [Wuhledar|vuhledar] eingenommen zu haben."),
    R("de", "Die Armee zog sich aus [Awdijiwka|avdiivka] im Gebiet [Donezk|donetsk_obl] zurück."),
    R(
        "de",
        "Russische Einheiten stehen rund 15 Kilometer (neun Meilen) nördlich von "
        "[Saporischschja|zap].",
        C(15, N, "zap", "about"),
    ),
    R("de", "Im Gebiet [Kursk|kursk_obl] halten ukrainische Soldaten weiter Stellungen."),
    R(
        "de",
        "Der Sudan-Krieg hat [Khartum|khartoum] weitgehend zerstört; Millionen flohen "
        "nach [Port Sudan|portsudan].",
    ),
    R("de", "Die Stadt [El Fascher|elfasher] in [Nord-Darfur|ndarfur] ist seit Monaten belagert."),
    R(
        "de",
        "Israelische Truppen rückten in [Chan Junis|khanyunis] vor, rund 25 Kilometer "
        "südlich von [Gaza-Stadt|gaza].",
        C(25, S, "gaza", "about"),
    ),
    R("de", "Die Rebellen kontrollieren [Myawaddy|myawaddy] an der Grenze zu [Thailand|thailand]."),
    R(
        "de",
        "Der Ort liegt mehr als 30 Kilometer westlich von [Bachmut|bakhmut].",
        C(30, W, "bakhmut", "at_least"),
    ),
    R("de", "Bei dem Angriff auf [Odessa|odesa] wurden 2 Schiffe beschädigt."),
    R("de", "[Berlin|berlin] sagte weitere 3 Luftabwehrsysteme zu."),
    R(
        "de",
        "[Russland|russia] rückte 5 Kilometer nordöstlich von [Kurachowe|kurakhove] vor.",
        C(5, NE, "kurakhove", "exact"),
    ),
    R(
        "de",
        "Die Stadt [Kostjantyniwka|kost_d] ist nur noch 8 Kilometer von der Front entfernt.",
        C(8, None, "kost_d", "exact"),
    ),
    R("de", "In [Sumy|sumy] heulten in der Nacht 4 Mal die Sirenen."),
    R(
        "de",
        "Russische Soldaten sollen 3 Kilometer vor [Myrnohrad|myrnohrad] stehen.",
        C(3, None, "myrnohrad", "exact"),
    ),
    R(
        "de",
        "Die Frontlinie verläuft etwa 20 Kilometer nördlich von [Tokmak|tokmak], "
        "zwischen [Orichiw|orikhiv] und [Polohy|polohy].",
        C(20, N, "tokmak", "about"),
    ),
    R(
        "de",
        "Nach dem Fall von [Awdijiwka|avdiivka] rückten russische Truppen etwa "
        "10 Kilometer westlich vor.",
        C(10, W, "avdiivka", "about"),
    ),
    # ------------------------------------------------------------------ French
    R(
        "fr",
        "Les forces russes sont à environ 10 km au nord de [Pokrovsk|pokrovsk], selon "
        "l'armée ukrainienne.",
        C(10, N, "pokrovsk", "about"),
    ),
    R("fr", "[Kiev|kyiv] a démenti la perte de [Koupiansk|kupiansk]."),
    R("fr", "Des frappes ont visé [Kharkiv|kharkiv] et [Zaporijjia|zap] dans la nuit."),
    R(
        "fr",
        "Le village se trouve à moins de 5 km de [Kostiantynivka|kost_d].",
        C(5, None, "kost_d", "at_most"),
    ),
    R(
        "fr",
        "L'armée russe affirme avoir pris une localité à 8 km au sud-est de [Koupiansk|kupiansk].",
        C(8, SE, "kupiansk", "exact"),
    ),
    R("fr", "La ville de [Kherson|kherson] a été bombardée 40 fois en 24 heures."),
    R(
        "fr",
        "Les combats se poursuivent près de [Tchassiv Iar|chasiv], à l'ouest de "
        "[Bakhmout|bakhmut].",
    ),
    R(
        "fr",
        "Les paramilitaires des FSR encerclent [El-Facher|elfasher], capitale du "
        "[Darfour-Nord|ndarfur].",
    ),
    R(
        "fr",
        "L'armée soudanaise a repris [Wad Madani|wadmadani], à 135 km au sud-est de "
        "[Khartoum|khartoum].",
        C(135, SE, "khartoum", "exact"),
    ),
    R("fr", "Des frappes israéliennes ont touché [Rafah|rafah] et [Khan Younès|khanyunis]."),
    R(
        "fr",
        "[Jabaliya|jabalia] se trouve à environ 3 km au nord de [Gaza|gaza].",
        C(3, N, "gaza", "about"),
    ),
    R("fr", "La junte birmane a perdu [Lashio|lashio], dans l'État [Shan|shan]."),
    R(
        "fr",
        "Les troupes russes sont à plus de 20 km de [Kramatorsk|kramatorsk].",
        C(20, None, "kramatorsk", "at_least"),
    ),
    R(
        "fr",
        "Le front se trouve à 15 km (neuf miles) de [Sloviansk|sloviansk].",
        C(15, None, "sloviansk", "exact"),
    ),
    R("fr", "[Moscou|moscow] a accusé [Kiev|kyiv] d'avoir frappé [Belgorod|belgorod]."),
    R("fr", "L'attaque a fait 7 morts à [Odessa|odesa], dont 2 enfants."),
    R(
        "fr",
        "Les Ukrainiens tiennent toujours [Soudja|sudzha], dans la région de [Koursk|kursk_obl].",
    ),
    R(
        "fr",
        "Les forces russes avancent à environ 6 km à l'ouest de [Toretsk|toretsk].",
        C(6, W, "toretsk", "about"),
    ),
    R("fr", "Le président s'est rendu à [Paris|paris] puis à [Berlin|berlin]."),
    R(
        "fr",
        "La centrale d'[Enerhodar|enerhodar] est à 10 km de [Nikopol|nikopol], "
        "de l'autre côté du réservoir.",
        C(10, None, "nikopol", "exact"),
    ),
    R(
        "fr",
        "Des combats ont lieu à 10-12 km de [Dobropillia|dobropillia].",
        C(11, None, "dobropillia", "range"),
    ),
    R("fr", "Les rebelles ont pris [Bhamo|bhamo] dans l'État [Kachin|kachin]."),
    # ------------------------------------------------------------------ Spanish
    R(
        "es",
        "Las tropas rusas están a unos 10 km al norte de [Pokrovsk|pokrovsk], según el "
        "ejército ucraniano.",
        C(10, N, "pokrovsk", "about"),
    ),
    R("es", "[Járkov|kharkiv] sufrió un ataque con 12 drones durante la noche."),
    R(
        "es",
        "El frente está a menos de 15 km de [Kramatorsk|kramatorsk].",
        C(15, None, "kramatorsk", "at_most"),
    ),
    R(
        "es",
        "[Rusia|russia] asegura haber tomado una aldea a 7 km al sureste de [Kupiansk|kupiansk].",
        C(7, SE, "kupiansk", "exact"),
    ),
    R("es", "Los bombardeos sobre [Jersón|kherson] dejaron 3 muertos y 15 heridos."),
    R("es", "[Moscú|moscow] y [Kiev|kyiv] intercambiaron 95 prisioneros."),
    R(
        "es",
        "Las fuerzas ucranianas se retiraron de [Avdiivka|avdiivka], en la región de "
        "[Donetsk|donetsk_obl].",
    ),
    R(
        "es",
        "Los combates se libran a unos 5 km al este de [Chasiv Yar|chasiv].",
        C(5, E, "chasiv", "about"),
    ),
    R("es", "Las FAR atacaron [El Fasher|elfasher], capital de [Darfur del Norte|ndarfur]."),
    R(
        "es",
        "El ejército sudanés recuperó [Wad Madani|wadmadani], a 135 km al sureste de "
        "[Jartum|khartoum].",
        C(135, SE, "khartoum", "exact"),
    ),
    R(
        "es",
        "Los rebeldes birmanos tomaron [Lashio|lashio], a unos 190 km al noreste de "
        "[Mandalay|mandalay].",
        C(190, NE, "mandalay", "about"),
    ),
    R("es", "Miles de personas huyeron de [Rafah|rafah] hacia [Jan Yunis|khanyunis]."),
    R(
        "es",
        "[Israel|israel] bombardeó [Yabalia|jabalia], a unos 3 km al norte de la ciudad de [Gaza|gaza].",
        C(3, N, "gaza", "about"),
    ),
    R(
        "es",
        "Las tropas rusas están a más de 20 km de [Zaporiyia|zap].",
        C(20, None, "zap", "at_least"),
    ),
    R("es", "[Odesa|odesa] fue atacada con 2 misiles balísticos."),
    R(
        "es",
        "La localidad está a 10-15 km de [Pokrovsk|pokrovsk].",
        C(12.5, None, "pokrovsk", "range"),
    ),
    R("es", "El presidente viajó a [Doha|doha] y a [El Cairo|cairo]."),
    R(
        "es",
        "El frente está a 15 km (nueve millas) de [Sloviansk|sloviansk].",
        C(15, None, "sloviansk", "exact"),
    ),
    R(
        "es",
        "Los rusos avanzan a unos 4 km al suroeste de [Toretsk|toretsk].",
        C(4, SW, "toretsk", "about"),
    ),
    R(
        "es",
        "[Ucrania|ukraine] mantiene posiciones cerca de [Sudzha|sudzha], en la región rusa de "
        "[Kursk|kursk_obl].",
    ),
    R(
        "es",
        "El ejército birmano bombardeó [Myitkyina|myitkyina], capital del estado de "
        "[Kachin|kachin].",
    ),
    R(
        "es",
        "La ciudad de [Kurájove|kurakhove] está a 30 km al oeste de [Donetsk|donetsk].",
        C(30, W, "donetsk", "exact"),
    ),
]

_MARK = re.compile(r"\[([^\[\]|]+)\|([^\[\]]+)\]")


def build() -> list[dict]:
    import geofront as gf

    gaz = gf.Gazetteer.default()
    rows = []
    counters: dict[str, int] = {}
    for lang, marked, claims in SNIPPETS:
        text, places, pos = [], [], 0
        for m in _MARK.finditer(marked):
            text.append(marked[pos : m.start()])
            start = sum(len(t) for t in text)
            surface, key = m.group(1), m.group(2)
            text.append(surface)
            pos = m.end()
            if key == "-":  # a place the bundled gazetteer lacks: a span without coordinates
                places.append({"start": start, "end": start + len(surface), "surface": surface,
                               "geonameid": None, "lon": None, "lat": None})  # fmt: skip
                continue
            place = gaz.get(IDS[key])
            assert place is not None, key
            places.append({"start": start, "end": start + len(surface), "surface": surface,
                           "geonameid": place.geonameid, "lon": place.lon, "lat": place.lat})  # fmt: skip
        text.append(marked[pos:])
        full = "".join(text)
        out_claims = []
        for c in claims:
            anchor = gaz.get(IDS[c["anchor"]])
            assert anchor is not None, c
            out_claims.append({"kind": "distance", "distance_m": c["distance_m"],
                               "bearing_deg": c["bearing_deg"], "anchor_geonameid":
                               anchor.geonameid, "anchor_lon": anchor.lon,
                               "anchor_lat": anchor.lat, "bound": c["bound"]})  # fmt: skip
        counters[lang] = counters.get(lang, 0) + 1
        rows.append({"id": f"{lang}-{counters[lang]:03d}", "lang": lang, "text": full,
                     "places": places, "claims": out_claims})  # fmt: skip
    return rows


def main() -> None:
    rows = build()
    with open(HERE / "dev_reports.jsonl", "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} snippets written")


if __name__ == "__main__":
    main()
