#!/usr/bin/env python3
"""Generates CareerDesk's catalog files in data/ (regions, skills, occupations, own-business,
courses). Deterministic: the same script writes the same bytes. Figures are illustrative,
modelled on the public statistics named in data/README.md; run from the repository root:

    python3 data/tools/generate_catalog.py
"""

import hashlib
import json
import math
import os

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def jitter(key, spread):
    """A deterministic factor in [1 - spread, 1 + spread] from a key (no random module)."""
    h = int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:8], 16)
    return 1 - spread + 2 * spread * (h / 0xFFFFFFFF)


def pick(key, n):
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:8], 16) % n


def money(roubles):
    return "%d.00" % roubles


def round_to(value, step):
    return int(round(value / step)) * step


def write(name, value):
    path = os.path.join(DATA, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(value, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ---------------------------------------------------------------------------------------------
# Regions. averageWage: Rosstat, average monthly nominal accrued wage by region, 2024, rounded
# to the thousand (approximate). demandFactor: relative labour-market tension, illustrative.
# ---------------------------------------------------------------------------------------------
REGIONS = [
    ("SAK", "Сахалинская область", "Sakhalin Oblast", "Дальневосточный", "Far Eastern", "small", 136000, 1.15,
     "Сахалинский", "Sakhalin",
     [("Южно-Сахалинск", "Yuzhno-Sakhalinsk"), ("Корсаков", "Korsakov"), ("Холмск", "Kholmsk"),
      ("Оха", "Okha"), ("Поронайск", "Poronaysk"), ("Невельск", "Nevelsk")]),
    ("PER", "Пермский край", "Perm Krai", "Приволжский", "Volga", "medium", 72000, 1.0,
     "Пермский", "Perm",
     [("Пермь", "Perm"), ("Краснокамск", "Krasnokamsk"), ("Березники", "Berezniki"),
      ("Соликамск", "Solikamsk"), ("Чайковский", "Chaykovsky"), ("Кунгур", "Kungur")]),
    ("MOW", "Москва", "Moscow", "Центральный", "Central", "large", 165000, 1.3,
     "Московский", "Moscow",
     [("Центральный административный округ", "Central Administrative Okrug"),
      ("Северный административный округ", "Northern Administrative Okrug"),
      ("Южный административный округ", "Southern Administrative Okrug"),
      ("Зеленоградский административный округ", "Zelenogradsky Administrative Okrug"),
      ("Новомосковский административный округ", "Novomoskovsky Administrative Okrug")]),
    ("SPE", "Санкт-Петербург", "Saint Petersburg", "Северо-Западный", "North-Western", "large", 118000, 1.2,
     "Петербургский", "St Petersburg",
     [("Василеостровский район", "Vasileostrovsky District"), ("Кировский район", "Kirovsky District"),
      ("Колпинский район", "Kolpinsky District"), ("Выборгский район", "Vyborgsky District")]),
    ("SVE", "Свердловская область", "Sverdlovsk Oblast", "Уральский", "Ural", "large", 83000, 1.1,
     "Уральский", "Ural",
     [("Екатеринбург", "Yekaterinburg"), ("Нижний Тагил", "Nizhny Tagil"),
      ("Каменск-Уральский", "Kamensk-Uralsky"), ("Первоуральск", "Pervouralsk")]),
    ("TAT", "Республика Татарстан", "Republic of Tatarstan", "Приволжский", "Volga", "large", 75000, 1.1,
     "Казанский", "Kazan",
     [("Казань", "Kazan"), ("Набережные Челны", "Naberezhnye Chelny"), ("Нижнекамск", "Nizhnekamsk"),
      ("Альметьевск", "Almetyevsk"), ("Елабуга", "Yelabuga")]),
    ("NVS", "Новосибирская область", "Novosibirsk Oblast", "Сибирский", "Siberian", "large", 76000, 1.0,
     "Новосибирский", "Novosibirsk",
     [("Новосибирск", "Novosibirsk"), ("Бердск", "Berdsk"), ("Искитим", "Iskitim"), ("Обь", "Ob")]),
    ("KDA", "Краснодарский край", "Krasnodar Krai", "Южный", "Southern", "large", 67000, 0.9,
     "Кубанский", "Kuban",
     [("Краснодар", "Krasnodar"), ("Сочи", "Sochi"), ("Новороссийск", "Novorossiysk"),
      ("Армавир", "Armavir"), ("Анапа", "Anapa")]),
    ("PRI", "Приморский край", "Primorsky Krai", "Дальневосточный", "Far Eastern", "medium", 90000, 1.0,
     "Приморский", "Primorye",
     [("Владивосток", "Vladivostok"), ("Находка", "Nakhodka"), ("Уссурийск", "Ussuriysk"), ("Артём", "Artyom")]),
    ("KHA", "Хабаровский край", "Khabarovsk Krai", "Дальневосточный", "Far Eastern", "medium", 95000, 1.05,
     "Хабаровский", "Khabarovsk",
     [("Хабаровск", "Khabarovsk"), ("Комсомольск-на-Амуре", "Komsomolsk-on-Amur"), ("Амурск", "Amursk"),
      ("Советская Гавань", "Sovetskaya Gavan")]),
    ("KAM", "Камчатский край", "Kamchatka Krai", "Дальневосточный", "Far Eastern", "small", 140000, 1.1,
     "Камчатский", "Kamchatka",
     [("Петропавловск-Камчатский", "Petropavlovsk-Kamchatsky"), ("Елизово", "Yelizovo"),
      ("Вилючинск", "Vilyuchinsk")]),
    ("MAG", "Магаданская область", "Magadan Oblast", "Дальневосточный", "Far Eastern", "small", 160000, 1.2,
     "Магаданский", "Magadan",
     [("Магадан", "Magadan"), ("Сусуман", "Susuman"), ("Ола", "Ola")]),
    ("YAR", "Ярославская область", "Yaroslavl Oblast", "Центральный", "Central", "medium", 66000, 0.9,
     "Ярославский", "Yaroslavl",
     [("Ярославль", "Yaroslavl"), ("Рыбинск", "Rybinsk"), ("Переславль-Залесский", "Pereslavl-Zalessky"),
      ("Углич", "Uglich")]),
    ("CHU", "Чукотский автономный округ", "Chukotka Autonomous Okrug", "Дальневосточный", "Far Eastern", "small",
     190000, 1.0, "Чукотский", "Chukotka",
     [("Анадырь", "Anadyr"), ("Билибино", "Bilibino"), ("Певек", "Pevek")]),
]
NATIONAL_AVERAGE = 88000
MINIMUM_WAGE = {"MOW": 32916}  # Moscow's regional minimum; elsewhere the federal MROT for 2026.
FEDERAL_MROT_2026 = 27093
REGION_CODES = [r[0] for r in REGIONS]
COASTAL = ["SAK", "KAM", "PRI", "MAG", "KHA", "CHU", "SPE", "KDA"]
FISHING = ["SAK", "KAM", "PRI", "MAG", "KHA", "CHU"]
NO_FARMS = ["MOW", "SPE", "MAG", "CHU", "KAM"]
OIL_GAS = ["SAK", "TAT", "PER", "KHA", "SVE"]


def region_json():
    out = []
    for code, ru, en, fdru, fden, size, wage, _demand, _adj, _adjen, munis in REGIONS:
        out.append({
            "code": code,
            "name": {"ru": ru, "en": en},
            "federalDistrict": {"ru": fdru + " федеральный округ", "en": fden + " Federal District"},
            "labourMarket": size,
            "averageWage": money(wage),
            "minimumWage": money(MINIMUM_WAGE.get(code, FEDERAL_MROT_2026)),
            "municipalities": [{"ru": m[0], "en": m[1]} for m in munis],
        })
    return out


# ---------------------------------------------------------------------------------------------
# Skills
# ---------------------------------------------------------------------------------------------
SKILLS = [
    ("welding-mma", "Ручная дуговая сварка", "Manual metal arc welding", "trades"),
    ("welding-mig", "Полуавтоматическая сварка", "MIG/MAG welding", "trades"),
    ("blueprint-reading", "Чтение чертежей", "Reading technical drawings", "trades"),
    ("metalwork", "Слесарная обработка металла", "Metalworking", "trades"),
    ("mechanical-repair", "Ремонт механизмов", "Mechanical repair", "trades"),
    ("cnc-machining", "Программирование и наладка станков с ЧПУ", "CNC programming and setting", "trades"),
    ("measuring-instruments", "Работа с измерительным инструментом", "Using measuring instruments", "trades"),
    ("power-tools", "Работа с электроинструментом", "Using power tools", "trades"),
    ("electrical-installation", "Электромонтаж", "Electrical installation", "energy"),
    ("electrical-safety", "Электробезопасность (группа допуска)", "Electrical safety clearance", "energy"),
    ("power-grid-maintenance", "Обслуживание электросетей", "Power grid maintenance", "energy"),
    ("power-plant-operation", "Эксплуатация энергоустановок", "Power plant operation", "energy"),
    ("scada-monitoring", "Диспетчерский контроль (SCADA)", "SCADA monitoring", "energy"),
    ("plc-programming", "Программирование контроллеров (ПЛК)", "PLC programming", "energy"),
    ("process-control", "Ведение технологического процесса", "Process control", "energy"),
    ("gas-equipment", "Обслуживание газового оборудования", "Gas equipment servicing", "energy"),
    ("drilling", "Бурение скважин", "Well drilling", "energy"),
    ("working-at-height", "Работа на высоте", "Working at height", "safety"),
    ("occupational-safety", "Охрана труда", "Occupational safety", "safety"),
    ("first-aid", "Первая помощь", "First aid", "safety"),
    ("plumbing", "Сантехнические работы", "Plumbing", "construction"),
    ("hvac", "Монтаж вентиляции и кондиционирования", "HVAC installation", "construction"),
    ("refrigeration", "Холодильное оборудование", "Refrigeration equipment", "construction"),
    ("masonry", "Каменная кладка", "Masonry", "construction"),
    ("carpentry", "Плотницкие работы", "Carpentry", "construction"),
    ("finishing-work", "Отделочные работы", "Finishing work", "construction"),
    ("heavy-equipment", "Управление спецтехникой", "Operating heavy equipment", "construction"),
    ("crane-operation", "Управление краном", "Crane operation", "construction"),
    ("estimating", "Сметное дело", "Cost estimating", "construction"),
    ("autocad", "Черчение в САПР (AutoCAD, nanoCAD)", "CAD drafting", "construction"),
    ("technical-documentation", "Техническая документация", "Technical documentation", "office"),
    ("patient-care", "Уход за пациентами", "Patient care", "health"),
    ("medication-administration", "Выполнение назначений врача", "Administering medication", "health"),
    ("infection-control", "Санитарно-эпидемиологический режим", "Infection control", "health"),
    ("pharmacy", "Фармацевтическое консультирование", "Pharmacy counselling", "health"),
    ("lab-analysis", "Лабораторные исследования", "Laboratory analysis", "science"),
    ("veterinary-care", "Ветеринарная помощь", "Veterinary care", "agriculture"),
    ("programming", "Программирование", "Programming", "it"),
    ("web-development", "Веб-разработка", "Web development", "it"),
    ("databases-sql", "Базы данных и SQL", "Databases and SQL", "it"),
    ("version-control", "Контроль версий (Git)", "Version control (Git)", "it"),
    ("software-testing", "Тестирование ПО", "Software testing", "it"),
    ("data-analysis", "Анализ данных", "Data analysis", "it"),
    ("it-support", "Техническая поддержка пользователей", "IT user support", "it"),
    ("networking", "Компьютерные сети", "Computer networking", "it"),
    ("linux-admin", "Администрирование Linux", "Linux administration", "it"),
    ("information-security", "Информационная безопасность", "Information security", "it"),
    ("ui-design", "Дизайн интерфейсов", "UI design", "creative"),
    ("english-technical", "Технический английский", "Technical English", "languages"),
    ("english-conversational", "Разговорный английский", "Conversational English", "languages"),
    ("driving-category-b", "Водительские права категории B", "Driving licence, category B", "transport"),
    ("driving-category-c", "Водительские права категории C/CE", "Driving licence, category C/CE", "transport"),
    ("route-planning", "Планирование маршрутов", "Route planning", "transport"),
    ("vehicle-maintenance", "Обслуживание транспортных средств", "Vehicle maintenance", "transport"),
    ("automotive-diagnostics", "Диагностика автомобилей", "Vehicle diagnostics", "transport"),
    ("warehouse-operations", "Складские операции", "Warehouse operations", "logistics"),
    ("forklift-operation", "Управление погрузчиком", "Forklift operation", "logistics"),
    ("inventory-accounting", "Учёт товарно-материальных ценностей", "Inventory accounting", "logistics"),
    ("wms-software", "Складские системы (WMS)", "Warehouse management software", "logistics"),
    ("logistics-software", "Логистические информационные системы", "Logistics software", "logistics"),
    ("crop-production", "Растениеводство", "Crop production", "agriculture"),
    ("livestock-care", "Уход за животными", "Livestock care", "agriculture"),
    ("agricultural-machinery", "Сельхозтехника", "Agricultural machinery", "agriculture"),
    ("cooking", "Приготовление блюд", "Cooking", "hospitality"),
    ("food-safety", "Пищевая безопасность (ХАССП)", "Food safety (HACCP)", "hospitality"),
    ("menu-costing", "Калькуляция меню", "Menu costing", "hospitality"),
    ("hospitality-service", "Гостиничный и ресторанный сервис", "Hospitality service", "hospitality"),
    ("booking-software", "Системы бронирования", "Booking software", "hospitality"),
    ("tour-guiding", "Проведение экскурсий", "Tour guiding", "hospitality"),
    ("fish-processing", "Обработка рыбы и морепродуктов", "Fish and seafood processing", "fishing"),
    ("fishing-gear", "Работа с орудиями лова", "Handling fishing gear", "fishing"),
    ("seamanship", "Морская практика", "Seamanship", "fishing"),
    ("navigation", "Судовождение и навигация", "Navigation", "fishing"),
    ("marine-engines", "Судовые энергетические установки", "Marine engines", "fishing"),
    ("graphic-design", "Графический дизайн", "Graphic design", "creative"),
    ("video-editing", "Видеосъёмка и монтаж", "Video shooting and editing", "creative"),
    ("copywriting", "Копирайтинг", "Copywriting", "creative"),
    ("smm", "Продвижение в социальных сетях", "Social media marketing", "creative"),
    ("interior-design", "Дизайн интерьера", "Interior design", "creative"),
    ("3d-modelling", "3D-моделирование", "3D modelling", "creative"),
    ("handicraft", "Декоративно-прикладное ремесло", "Traditional handicraft", "creative"),
    ("teaching", "Обучение и наставничество", "Teaching and mentoring", "social"),
    ("childcare", "Работа с детьми", "Childcare", "social"),
    ("social-work", "Социальное сопровождение", "Social support work", "social"),
    ("psychology-counselling", "Психологическое консультирование", "Counselling", "social"),
    ("public-speaking", "Публичные выступления", "Public speaking", "social"),
    ("customer-service", "Обслуживание клиентов", "Customer service", "services"),
    ("sales", "Продажи", "Sales", "business"),
    ("negotiation", "Переговоры", "Negotiation", "business"),
    ("cash-register", "Работа с кассой", "Operating a cash register", "services"),
    ("crm-software", "Работа в CRM", "CRM software", "business"),
    ("cosmetology", "Косметология", "Cosmetology", "services"),
    ("hairdressing", "Парикмахерское искусство", "Hairdressing", "services"),
    ("security", "Охрана объектов", "Site security", "services"),
    ("electronics-repair", "Ремонт электроники", "Electronics repair", "trades"),
    ("quality-control", "Контроль качества", "Quality control", "trades"),
    ("environmental-monitoring", "Экологический мониторинг", "Environmental monitoring", "science"),
    ("accounting-1c", "Учёт в 1С", "Accounting in 1C", "office"),
    ("bookkeeping", "Бухгалтерский учёт", "Bookkeeping", "office"),
    ("tax-reporting", "Налоговая отчётность", "Tax reporting", "office"),
    ("excel", "Электронные таблицы", "Spreadsheets", "office"),
    ("office-software", "Офисные программы", "Office software", "office"),
    ("document-management", "Делопроизводство", "Records management", "office"),
    ("hr-administration", "Кадровое делопроизводство", "HR administration", "office"),
    ("labour-law", "Трудовое право", "Labour law", "office"),
    ("team-leadership", "Руководство бригадой", "Team leadership", "business"),
    ("project-management", "Управление проектами", "Project management", "business"),
    ("business-planning", "Бизнес-планирование", "Business planning", "business"),
    ("marketing", "Маркетинг", "Marketing", "business"),
    ("tax-self-employed", "Налог на профессиональный доход и ИП", "Taxes for the self-employed", "business"),
]
SKILL_IDS = {s[0] for s in SKILLS}

# ---------------------------------------------------------------------------------------------
# Occupations: (OKZ, ISCO-08, ru, en, industry, Holland, education, national median wage,
# national demand index, skills, region filter, online-trainable, course cost, course hours,
# worker trade (certificate) or retraining (diploma)).
# OKZ OK 010-2014 is harmonised with ISCO-08, so the four-digit codes coincide.
# ---------------------------------------------------------------------------------------------
ALL = None
OCCUPATIONS = [
    ("7212", "Сварщик", "Welder", "manufacturing", "RIC", "basicGeneral", 85000, 3.2,
     ["welding-mma", "welding-mig", "blueprint-reading", "metalwork", "occupational-safety"], ALL, False, 48000, 320, "trade"),
    ("7233", "Слесарь-ремонтник промышленного оборудования", "Industrial machinery mechanic", "manufacturing", "RIC",
     "basicGeneral", 75000, 2.8, ["mechanical-repair", "metalwork", "blueprint-reading", "occupational-safety"], ALL,
     False, 38000, 280, "trade"),
    ("7223", "Оператор станков с ЧПУ", "CNC machine operator", "manufacturing", "RIC", "secondaryGeneral", 82000, 2.9,
     ["cnc-machining", "blueprint-reading", "measuring-instruments", "metalwork"], ALL, False, 56000, 360, "trade"),
    ("7411", "Электромонтажник", "Building electrician", "construction", "RIC", "basicGeneral", 78000, 2.6,
     ["electrical-installation", "electrical-safety", "blueprint-reading", "power-tools"], ALL, False, 42000, 300,
     "trade"),
    ("7413", "Электромонтёр линий электропередачи", "Electrical line installer", "energy", "RCI", "basicGeneral",
     90000, 2.2, ["power-grid-maintenance", "electrical-safety", "working-at-height", "occupational-safety"], ALL,
     False, 45000, 300, "trade"),
    ("3131", "Оператор энергетической установки", "Power plant operator", "energy", "RIC", "vocational", 95000, 1.6,
     ["power-plant-operation", "electrical-safety", "scada-monitoring", "occupational-safety"], ALL, False, 65000,
     400, "retraining"),
    ("3113", "Техник-электрик", "Electrical engineering technician", "energy", "IRC", "vocational", 82000, 1.8,
     ["electrical-installation", "plc-programming", "electrical-safety", "technical-documentation"], ALL, False,
     70000, 420, "retraining"),
    ("8113", "Помощник бурильщика", "Well driller", "energy", "RCI", "secondaryGeneral", 120000, 1.4,
     ["drilling", "heavy-equipment", "occupational-safety", "mechanical-repair"], OIL_GAS, False, 75000, 360,
     "trade"),
    ("3134", "Оператор технологических установок (нефтегаз)", "Oil and gas process operator", "energy", "RIC",
     "vocational", 115000, 1.3, ["process-control", "scada-monitoring", "gas-equipment", "occupational-safety"],
     OIL_GAS, False, 85000, 480, "retraining"),
    ("7126", "Сантехник", "Plumber", "construction", "RCE", "basicGeneral", 70000, 2.5,
     ["plumbing", "blueprint-reading", "power-tools"], ALL, False, 32000, 240, "trade"),
    ("7127", "Монтажник систем вентиляции и кондиционирования", "HVAC and refrigeration mechanic", "construction",
     "RIC", "secondaryGeneral", 78000, 2.0, ["hvac", "refrigeration", "electrical-safety", "blueprint-reading"], ALL,
     False, 46000, 320, "trade"),
    ("7112", "Каменщик", "Bricklayer", "construction", "RCE", "basicGeneral", 72000, 2.1,
     ["masonry", "blueprint-reading", "working-at-height"], ALL, False, 30000, 240, "trade"),
    ("7115", "Плотник", "Carpenter", "construction", "RCI", "basicGeneral", 68000, 1.9,
     ["carpentry", "blueprint-reading", "power-tools"], ALL, False, 30000, 240, "trade"),
    ("7123", "Мастер отделочных работ", "Finishing works specialist", "construction", "RAC", "basicGeneral", 65000,
     2.3, ["finishing-work", "power-tools", "blueprint-reading"], ALL, False, 28000, 240, "trade"),
    ("8342", "Машинист экскаватора", "Excavator operator", "construction", "RCE", "basicGeneral", 95000, 2.4,
     ["heavy-equipment", "mechanical-repair", "occupational-safety"], ALL, False, 60000, 400, "trade"),
    ("8343", "Машинист крана", "Crane operator", "construction", "RCI", "basicGeneral", 90000, 2.0,
     ["crane-operation", "occupational-safety", "working-at-height"], ALL, False, 42000, 320, "trade"),
    ("3112", "Техник-строитель", "Civil engineering technician", "construction", "RIC", "vocational", 75000, 1.5,
     ["technical-documentation", "estimating", "autocad"], ALL, True, 45000, 280, "retraining"),
    ("2142", "Инженер-строитель", "Civil engineer", "construction", "RIC", "higher", 110000, 1.4,
     ["autocad", "estimating", "technical-documentation", "project-management"], ALL, True, 75000, 520,
     "retraining"),
    ("3123", "Мастер строительного участка", "Construction supervisor", "construction", "ERC", "vocational", 100000,
     1.7, ["team-leadership", "estimating", "technical-documentation", "occupational-safety"], ALL, True, 52000, 300,
     "retraining"),
    ("3221", "Медицинская сестра", "Nurse", "healthcare", "SIR", "vocational", 62000, 3.4,
     ["patient-care", "medication-administration", "first-aid", "infection-control"], ALL, False, 40000, 504,
     "retraining"),
    ("5321", "Младшая медицинская сестра по уходу", "Health care assistant", "healthcare", "SRC", "basicGeneral",
     42000, 2.6, ["patient-care", "first-aid", "infection-control"], ALL, False, 18000, 160, "trade"),
    ("5322", "Помощник по уходу на дому", "Home care worker", "healthcare", "SCR", "basicGeneral", 40000, 2.2,
     ["patient-care", "social-work", "first-aid"], ALL, True, 15000, 144, "trade"),
    ("3213", "Фармацевт", "Pharmaceutical technician", "healthcare", "ICS", "vocational", 55000, 1.8,
     ["pharmacy", "customer-service", "infection-control"], ALL, False, 45000, 520, "retraining"),
    ("3212", "Медицинский лабораторный техник", "Medical laboratory technician", "healthcare", "IRC", "vocational",
     55000, 1.5, ["lab-analysis", "infection-control", "technical-documentation"], ALL, False, 42000, 504,
     "retraining"),
    ("2512", "Разработчик программного обеспечения", "Software developer", "it", "ICR", "secondaryGeneral", 160000,
     1.2, ["programming", "databases-sql", "version-control", "software-testing", "english-technical"], ALL, True,
     140000, 800, "retraining"),
    ("2513", "Веб-разработчик", "Web developer", "it", "IAC", "secondaryGeneral", 130000, 1.1,
     ["web-development", "programming", "version-control", "ui-design"], ALL, True, 110000, 640, "retraining"),
    ("2519", "Тестировщик программного обеспечения", "Software tester", "it", "ICR", "secondaryGeneral", 100000, 1.0,
     ["software-testing", "programming", "version-control", "technical-documentation"], ALL, True, 80000, 480,
     "retraining"),
    ("2521", "Администратор баз данных", "Database administrator", "it", "ICR", "vocational", 120000, 1.0,
     ["databases-sql", "linux-admin", "data-analysis"], ALL, True, 95000, 520, "retraining"),
    ("2120", "Аналитик данных", "Data analyst", "it", "ICE", "higher", 130000, 0.9,
     ["data-analysis", "databases-sql", "programming", "excel"], ALL, True, 120000, 600, "retraining"),
    ("3512", "Специалист технической поддержки", "IT support technician", "it", "RIC", "secondaryGeneral", 65000,
     1.6, ["it-support", "networking", "customer-service"], ALL, True, 45000, 300, "retraining"),
    ("3513", "Сетевой администратор", "Network technician", "it", "RIC", "vocational", 80000, 1.4,
     ["networking", "linux-admin", "it-support"], ALL, True, 70000, 420, "retraining"),
    ("2529", "Специалист по информационной безопасности", "Information security specialist", "it", "ICR", "higher",
     140000, 1.3, ["information-security", "networking", "linux-admin"], ALL, True, 130000, 640, "retraining"),
    ("8332", "Водитель грузового автомобиля", "Heavy truck driver", "logistics", "RCE", "basicGeneral", 90000, 3.5,
     ["driving-category-c", "route-planning", "vehicle-maintenance"], ALL, False, 55000, 250, "trade"),
    ("4321", "Кладовщик", "Stock clerk", "logistics", "CRE", "basicGeneral", 50000, 2.4,
     ["warehouse-operations", "inventory-accounting", "wms-software"], ALL, False, 16000, 160, "trade"),
    ("8344", "Водитель погрузчика", "Forklift operator", "logistics", "RCE", "basicGeneral", 60000, 2.7,
     ["forklift-operation", "warehouse-operations", "occupational-safety"], ALL, False, 18000, 160, "trade"),
    ("1324", "Менеджер по логистике", "Logistics manager", "logistics", "ECI", "higher", 105000, 1.3,
     ["logistics-software", "route-planning", "negotiation", "excel"], ALL, True, 65000, 360, "retraining"),
    ("4323", "Диспетчер автомобильного транспорта", "Transport dispatcher", "logistics", "CES", "secondaryGeneral",
     58000, 1.7, ["route-planning", "logistics-software", "customer-service"], ALL, True, 30000, 256, "retraining"),
    ("6111", "Овощевод", "Vegetable grower", "agriculture", "RCE", "basicGeneral", 48000, 1.9,
     ["crop-production", "agricultural-machinery"], [r for r in REGION_CODES if r not in NO_FARMS], False, 20000,
     200, "trade"),
    ("6121", "Оператор животноводческих комплексов", "Livestock worker", "agriculture", "RCI", "basicGeneral", 50000,
     2.1, ["livestock-care", "agricultural-machinery"], [r for r in REGION_CODES if r not in NO_FARMS], False,
     20000, 200, "trade"),
    ("8341", "Тракторист-машинист", "Farm machinery operator", "agriculture", "RCI", "basicGeneral", 62000, 2.5,
     ["agricultural-machinery", "vehicle-maintenance", "crop-production"], [r for r in REGION_CODES if r not in NO_FARMS],
     False, 35000, 300, "trade"),
    ("2132", "Агроном", "Agronomist", "agriculture", "IRC", "higher", 80000, 1.6,
     ["crop-production", "lab-analysis", "data-analysis"], [r for r in REGION_CODES if r not in NO_FARMS], True,
     55000, 360, "retraining"),
    ("3240", "Ветеринарный фельдшер", "Veterinary technician", "agriculture", "IRS", "vocational", 55000, 1.7,
     ["livestock-care", "veterinary-care", "lab-analysis"], ALL, False, 48000, 504, "retraining"),
    ("5120", "Повар", "Cook", "hospitality", "RAE", "basicGeneral", 58000, 3.0,
     ["cooking", "food-safety", "menu-costing"], ALL, False, 30000, 280, "trade"),
    ("3434", "Шеф-повар", "Chef", "hospitality", "EAR", "vocational", 90000, 1.5,
     ["cooking", "food-safety", "menu-costing", "team-leadership"], ALL, False, 65000, 320, "retraining"),
    ("5131", "Официант", "Waiter", "hospitality", "ESR", "basicGeneral", 45000, 2.6,
     ["hospitality-service", "customer-service", "english-conversational"], ALL, False, 14000, 120, "trade"),
    ("4224", "Администратор гостиницы", "Hotel receptionist", "hospitality", "CES", "secondaryGeneral", 50000, 1.8,
     ["hospitality-service", "customer-service", "booking-software", "english-conversational"], ALL, True, 28000,
     256, "retraining"),
    ("5113", "Гид-экскурсовод", "Tour guide", "hospitality", "SEA", "secondaryGeneral", 50000, 1.2,
     ["tour-guiding", "public-speaking", "english-conversational"], ALL, True, 26000, 256, "retraining"),
    ("6222", "Рыбак прибрежного лова", "Coastal fisher", "fishing", "RCE", "basicGeneral", 110000, 2.2,
     ["seamanship", "fishing-gear", "fish-processing", "occupational-safety"], FISHING, False, 42000, 240, "trade"),
    ("7511", "Обработчик рыбы и морепродуктов", "Fish and seafood processor", "fishing", "RCE", "basicGeneral", 75000,
     3.0, ["fish-processing", "food-safety", "refrigeration"], FISHING, False, 22000, 160, "trade"),
    ("8160", "Оператор линии переработки рыбы", "Fish processing line operator", "fishing", "RCI",
     "secondaryGeneral", 85000, 2.3, ["fish-processing", "process-control", "food-safety", "mechanical-repair"],
     FISHING, False, 36000, 240, "trade"),
    ("8350", "Матрос", "Ship's deck hand", "fishing", "RCE", "basicGeneral", 95000, 2.0,
     ["seamanship", "occupational-safety", "first-aid"], COASTAL, False, 38000, 240, "trade"),
    ("3152", "Судоводитель (штурман)", "Ship's navigating officer", "fishing", "RIE", "vocational", 160000, 1.5,
     ["navigation", "seamanship", "team-leadership", "english-technical"], COASTAL, False, 110000, 720,
     "retraining"),
    ("3151", "Судовой механик", "Ship's engineer", "fishing", "RIC", "vocational", 150000, 1.6,
     ["marine-engines", "mechanical-repair", "electrical-safety"], COASTAL, False, 105000, 720, "retraining"),
    ("3122", "Мастер рыбообрабатывающего цеха", "Fish processing shop supervisor", "fishing", "ECR", "vocational",
     100000, 1.4, ["fish-processing", "team-leadership", "food-safety", "process-control"], FISHING, False, 48000,
     300, "retraining"),
    ("2166", "Графический дизайнер", "Graphic designer", "creative", "AER", "secondaryGeneral", 75000, 0.8,
     ["graphic-design", "ui-design", "3d-modelling"], ALL, True, 85000, 560, "retraining"),
    ("3521", "Видеомонтажёр", "Video editor", "creative", "AIR", "secondaryGeneral", 70000, 0.9,
     ["video-editing", "graphic-design"], ALL, True, 60000, 400, "retraining"),
    ("2641", "Копирайтер", "Copywriter", "creative", "AES", "secondaryGeneral", 60000, 0.7,
     ["copywriting", "smm", "marketing"], ALL, True, 40000, 300, "retraining"),
    ("2432", "Специалист по продвижению в социальных сетях", "Social media specialist", "creative", "EAS",
     "secondaryGeneral", 70000, 1.0, ["smm", "copywriting", "marketing", "video-editing"], ALL, True, 55000, 360,
     "retraining"),
    ("3432", "Дизайнер интерьера", "Interior designer", "creative", "AER", "vocational", 80000, 0.8,
     ["interior-design", "3d-modelling", "autocad"], ALL, True, 90000, 520, "retraining"),
    ("7318", "Мастер декоративно-прикладного искусства", "Handicraft maker", "creative", "ARC", "basicGeneral",
     40000, 0.6, ["handicraft", "sales"], ALL, False, 22000, 200, "trade"),
    ("2342", "Воспитатель детского сада", "Early childhood educator", "education", "SAE", "vocational", 45000, 2.0,
     ["childcare", "teaching", "first-aid"], ALL, True, 30000, 520, "retraining"),
    ("2341", "Учитель начальных классов", "Primary school teacher", "education", "SAE", "higher", 60000, 1.8,
     ["teaching", "childcare", "public-speaking"], ALL, True, 38000, 620, "retraining"),
    ("2635", "Специалист по социальной работе", "Social worker", "social", "SEC", "vocational", 48000, 1.6,
     ["social-work", "psychology-counselling", "customer-service"], ALL, True, 30000, 520, "retraining"),
    ("4311", "Бухгалтер", "Accountant", "finance", "CEI", "vocational", 65000, 1.1,
     ["accounting-1c", "bookkeeping", "excel", "tax-reporting"], ALL, True, 42000, 400, "retraining"),
    ("4110", "Офисный администратор", "Office administrator", "office", "CES", "secondaryGeneral", 50000, 0.9,
     ["office-software", "document-management", "customer-service"], ALL, True, 20000, 200, "retraining"),
    ("4222", "Оператор контакт-центра", "Contact centre operator", "services", "CSE", "secondaryGeneral", 48000, 1.5,
     ["customer-service", "office-software", "crm-software"], ALL, True, 12000, 120, "retraining"),
    ("2423", "Специалист по кадрам", "HR specialist", "office", "ESC", "higher", 75000, 1.0,
     ["hr-administration", "labour-law", "office-software"], ALL, True, 40000, 300, "retraining"),
    ("5223", "Продавец-консультант", "Shop sales assistant", "trade", "ESC", "basicGeneral", 48000, 2.4,
     ["sales", "customer-service", "cash-register"], ALL, False, 12000, 120, "trade"),
    ("3322", "Торговый представитель", "Sales representative", "trade", "ECS", "secondaryGeneral", 80000, 1.9,
     ["sales", "negotiation", "crm-software", "driving-category-b"], ALL, True, 25000, 200, "retraining"),
    ("5142", "Косметолог", "Beautician", "services", "ASE", "vocational", 60000, 1.3,
     ["cosmetology", "customer-service", "infection-control"], ALL, False, 60000, 360, "retraining"),
    ("5141", "Парикмахер", "Hairdresser", "services", "ASE", "basicGeneral", 50000, 1.6,
     ["hairdressing", "customer-service"], ALL, False, 35000, 300, "trade"),
    ("7231", "Автомеханик", "Motor vehicle mechanic", "transport", "RIC", "basicGeneral", 75000, 2.6,
     ["automotive-diagnostics", "mechanical-repair", "vehicle-maintenance"], ALL, False, 40000, 320, "trade"),
    ("7421", "Мастер по ремонту электроники", "Electronics repairer", "services", "RIC", "secondaryGeneral", 60000,
     1.3, ["electronics-repair", "electrical-safety", "customer-service"], ALL, False, 35000, 280, "trade"),
    ("5414", "Охранник", "Security guard", "services", "RES", "basicGeneral", 45000, 2.2,
     ["security", "first-aid"], ALL, False, 9000, 98, "trade"),
    ("7543", "Контролёр качества продукции", "Quality inspector", "manufacturing", "CRI", "secondaryGeneral", 60000,
     1.5, ["quality-control", "measuring-instruments", "technical-documentation"], ALL, False, 26000, 200, "trade"),
    ("2143", "Инженер-эколог", "Environmental engineer", "energy", "IRE", "higher", 70000, 0.9,
     ["environmental-monitoring", "lab-analysis", "technical-documentation"], ALL, True, 50000, 360, "retraining"),
]

# Regional demand multipliers by industry (illustrative, modelled on where Trudvsem vacancies
# concentrate: fishing in the Far East, oil and gas in Sakhalin and Tatarstan, IT in the capitals).
BOOSTS = {
    "SAK": {"fishing": 1.45, "energy": 1.35, "construction": 1.2, "it": 0.7, "creative": 0.7},
    "KAM": {"fishing": 1.5, "construction": 1.1, "it": 0.6, "hospitality": 1.2},
    "MAG": {"fishing": 1.3, "energy": 1.2, "it": 0.6},
    "CHU": {"fishing": 1.2, "energy": 1.3, "healthcare": 1.4, "it": 0.5},
    "PRI": {"fishing": 1.25, "logistics": 1.35},
    "KHA": {"manufacturing": 1.2, "logistics": 1.2, "energy": 1.15},
    "PER": {"manufacturing": 1.25, "energy": 1.1, "it": 0.85},
    "TAT": {"energy": 1.3, "manufacturing": 1.25, "it": 1.1},
    "SVE": {"manufacturing": 1.3, "logistics": 1.1},
    "MOW": {"it": 1.4, "creative": 1.3, "services": 1.2, "manufacturing": 0.8},
    "SPE": {"it": 1.3, "creative": 1.25, "hospitality": 1.2},
    "NVS": {"it": 1.2, "logistics": 1.15},
    "KDA": {"agriculture": 1.3, "hospitality": 1.45, "trade": 1.1},
    "YAR": {"manufacturing": 1.1, "hospitality": 1.1},
}
REGION_BY_CODE = {r[0]: r for r in REGIONS}


def occupation_regions(occ):
    code, _ru, _en, industry, _h, _e, wage, demand, _s, where, _o, _c, _hours, _k = occ
    out = {}
    for rc in (where or REGION_CODES):
        reg = REGION_BY_CODE[rc]
        wage_factor = (reg[6] / NATIONAL_AVERAGE) ** 0.85
        w = round_to(wage * wage_factor * jitter(code + rc + "w", 0.06), 500)
        d = demand * reg[7] * BOOSTS.get(rc, {}).get(industry, 1.0) * jitter(code + rc + "d", 0.12)
        d = max(0.1, min(6.0, d))
        out[rc] = {"medianWage": money(w), "demandIndex": round(d, 2)}
    return out


def occupation_json():
    out = []
    for occ in OCCUPATIONS:
        code, ru, en, industry, holland, edu, wage, demand, skills, _w, _o, _c, _h, _k = occ
        for s in skills:
            assert s in SKILL_IDS, s
        out.append({
            "code": code,
            "isco": code,
            "name": {"ru": ru, "en": en},
            "industry": industry,
            "hollandCode": holland,
            "skills": skills,
            "educationLevel": edu,
            "medianWage": money(wage),
            "demandIndex": demand,
            "regions": occupation_regions(occ),
        })
    return out


# The own-business track: scored like an occupation. Wage is the typical monthly income of the
# self-employed (illustrative, modelled on FNS statistics of professional-income tax payers);
# demand is an opportunity index on the demand scale (illustrative).
OWN_BUSINESS = ("own-business", "Своё дело (самозанятость, ИП)", "Own business (self-employment)", "business",
                "ECS", "basicGeneral", 70000, 1.5, ["business-planning", "marketing", "tax-self-employed", "sales",
                                                   "negotiation"], ALL, True, 20000, 120, "upskilling")


def own_business_json():
    code, ru, en, industry, holland, edu, wage, demand, skills, _w, _o, _c, _h, _k = OWN_BUSINESS
    regions = {}
    for rc in REGION_CODES:
        reg = REGION_BY_CODE[rc]
        w = round_to(wage * (reg[6] / NATIONAL_AVERAGE) ** 0.7 * jitter(rc + "ob", 0.05), 500)
        d = demand * jitter(rc + "obd", 0.25) * (1.2 if reg[5] == "large" else 1.0)
        regions[rc] = {"medianWage": money(w), "demandIndex": round(d, 2)}
    return {
        "code": code,
        "name": {"ru": ru, "en": en},
        "industry": industry,
        "hollandCode": holland,
        "skills": skills,
        "educationLevel": edu,
        "medianWage": money(wage),
        "demandIndex": demand,
        "regions": regions,
    }


# ---------------------------------------------------------------------------------------------
# Courses. Providers and employer partners are fictitious; they are named the way Russian
# colleges, training centres and companies are named, after no real person.
# ---------------------------------------------------------------------------------------------
PROVIDERS = {
    "SAK": [("Островной политехнический колледж", "Island Polytechnic College", "college"),
            ("Учебный центр «Сахалин-Профи»", "Sakhalin-Profi Training Centre", "trainingCentre"),
            ("Институт прикладных квалификаций, Южно-Сахалинск", "Institute of Applied Qualifications, Yuzhno-Sakhalinsk", "university"),
            ("Корсаковская морская школа", "Korsakov Maritime School", "trainingCentre")],
    "PER": [("Прикамский колледж технологий и сервиса", "Prikamye College of Technology and Services", "college"),
            ("Учебный центр «Перспектива», Краснокамск", "Perspectiva Training Centre, Krasnokamsk", "trainingCentre"),
            ("Пермский институт профессиональных квалификаций", "Perm Institute of Professional Qualifications", "university")],
    "MOW": [("Московский колледж прикладных технологий", "Moscow College of Applied Technologies", "college"),
            ("Центр переподготовки «Столичные кадры»", "Capital Staff Retraining Centre", "trainingCentre"),
            ("Городской институт непрерывного образования", "City Institute of Continuing Education", "university")],
}
ONLINE_PROVIDERS = [
    ("Онлайн-школа «Код и дело»", "Code & Craft Online School"),
    ("Цифровой университет «Открытые профессии»", "Open Professions Digital University"),
    ("Дистанционная академия «Новый навык»", "New Skill Distance Academy"),
]
EMPLOYERS = {
    "manufacturing": ["АО «ТехноСвар»", "ООО «Уралпромсервис»", "ООО «СеверМеталлКонструкция»"],
    "energy": ["АО «ЭнергоОстров»", "ООО «ГазТехСервис»", "АО «Региональные электросети»"],
    "construction": ["ООО «СтройРесурс»", "АО «ДомСтрой-Регион»", "ООО «Монтаж-Сервис»"],
    "healthcare": ["ГБУЗ «Городская больница № 2»", "ГБУЗ «Региональный онкологический диспансер»",
                   "ООО «Клиника семейной медицины „Здоровье“»"],
    "it": ["ООО «Цифровые решения»", "АО «ИнфоТех Групп»", "ООО «Облачные сервисы»"],
    "logistics": ["ООО «ТрансЛогистик»", "АО «Распределительный центр „Восток“»", "ООО «Грузовой терминал»"],
    "agriculture": ["АО «Агрохолдинг „Нива“»", "ООО «Тепличный комбинат „Зелёный край“»", "СПК «Рассвет»"],
    "hospitality": ["ООО «Отель „Маяк“»", "ООО «Ресторанная группа „Пряности“»", "ООО «Курорт „Лазурный берег“»"],
    "fishing": ["ООО «Рыбокомбинат „Прибой“»", "АО «Морской дар»", "ООО «Курильский берег»"],
    "creative": ["ООО «Студия „Северный свет“»", "ООО «Медиагруппа „Город“»", "ООО «Дизайн-бюро „Линия“»"],
    "education": ["МБДОУ «Детский сад № 15»", "МБОУ «Средняя школа № 4»"],
    "social": ["ГБУ «Комплексный центр социального обслуживания»"],
    "finance": ["ООО «Бухгалтерское бюро „Баланс“»", "ООО «Аудит-Консалт»"],
    "office": ["ООО «Бизнес-центр „Меридиан“»", "ООО «Кадровый партнёр»"],
    "services": ["ООО «Сервисный центр „Техно“»", "ООО «Салон „Стиль“»", "ООО «Охранное агентство „Щит“»"],
    "trade": ["ООО «Торговая сеть „Семейная“»", "ООО «Дистрибьюторская компания „Восток“»"],
    "transport": ["ООО «Автоцентр „Магистраль“»", "ООО «Автобусный парк № 1»"],
    "business": ["Центр «Мой бизнес»", "Фонд поддержки предпринимательства региона"],
}
START_DATES = ["2026-12-07", "2027-01-18", "2027-02-15", "2027-03-15", "2027-04-12", "2027-05-17",
               "2027-06-14", "2027-09-06", "2027-10-04", "2027-11-08"]
COST_FACTOR = {"MOW": 1.3, "SPE": 1.15, "SAK": 1.15, "KAM": 1.2, "MAG": 1.2, "CHU": 1.25, "KHA": 1.05, "PRI": 1.05,
               "KDA": 0.9, "YAR": 0.9, "online": 0.8}
SCHEDULES_IN_PERSON = ["daytime", "daytime", "evening", "weekend"]


def provider_for(region, occ_key, industry):
    if region in PROVIDERS:
        options = PROVIDERS[region]
        if industry == "fishing" and region == "SAK":
            return options[3]
        if industry in ("it", "creative", "finance", "office", "education", "social"):
            return options[2]
        return options[pick(occ_key + region, 2)]
    reg = REGION_BY_CODE[region]
    adj_ru, adj_en = reg[8], reg[9]
    kind = ["college", "trainingCentre"][pick(occ_key + region, 2)]
    if industry in ("it", "creative", "finance", "office", "education", "social"):
        kind = "university"
    if kind == "college":
        return ("%s колледж профессиональных технологий" % adj_ru, "%s College of Professional Technologies" % adj_en,
                "college")
    if kind == "trainingCentre":
        return ("%s учебно-курсовой центр" % adj_ru, "%s Training Centre" % adj_en, "trainingCentre")
    return ("%s институт дополнительного образования" % adj_ru, "%s Institute of Continuing Education" % adj_en,
            "university")


def qualification(occ):
    ru, en, kind = occ[1], occ[2], occ[13]
    if kind == "trade":
        grade = 3 if occ[7] >= 2.0 else 2
        return {"ru": "Свидетельство о профессии рабочего «%s», %d-й разряд" % (ru, grade),
                "en": "Certificate of a worker's trade: %s, grade %d" % (en, grade)}
    if kind == "retraining":
        return {"ru": "Диплом о профессиональной переподготовке «%s»" % ru,
                "en": "Diploma of professional retraining: %s" % en}
    return {"ru": "Удостоверение о повышении квалификации «%s»" % ru,
            "en": "Certificate of further training: %s" % en}


def course(occ, region, index, online=False):
    code, ru, en, industry, _h, _e, _w, _d, _s, _where, _o, cost, hours, kind = occ
    key = "%s-%s-%d" % (code, region, index)
    if online:
        prov = ONLINE_PROVIDERS[pick(key, len(ONLINE_PROVIDERS))]
        provider = {"ru": prov[0], "en": prov[1]}
        provider_kind = "online"
        fmt = "online"
        schedule = "flexible"
        practice = 30 + pick(key + "p", 4) * 5
        months = max(2, math.ceil(hours / 60))
    else:
        prov = provider_for(region, code, industry)
        provider = {"ru": prov[0], "en": prov[1]}
        provider_kind = prov[2]
        fmt = "blended" if pick(key + "f", 4) == 0 else "inPerson"
        schedule = SCHEDULES_IN_PERSON[pick(key + "s", 4)]
        practice = 55 + pick(key + "p", 6) * 5
        if region == "MOW":  # Moscow's practical-training programme: at least 70 % practice.
            practice = max(practice, 70)
        months = max(1, math.ceil(hours / (120 if schedule == "daytime" else 70)))
    rc = "online" if online else region
    course_cost = round_to(cost * COST_FACTOR.get(rc, 1.0) * jitter(key + "c", 0.1), 500)
    first = pick(key + "d", 5)
    starts = [START_DATES[first], START_DATES[first + 3 + pick(key + "d2", 2)]]
    employers = EMPLOYERS.get(industry, EMPLOYERS["business"])
    partners = [employers[pick(key + "e", len(employers))]]
    if len(employers) > 1 and pick(key + "e2", 2) == 0:
        partners.append(employers[(pick(key + "e", len(employers)) + 1) % len(employers)])
    if kind == "upskilling":
        title_ru, title_en = "Своё дело: от идеи до первых клиентов", "Own business: from idea to first customers"
    else:
        lower = ru if ru.startswith("Мастер") else ru[0].lower() + ru[1:]
        prefix = {"trade": ("Профессиональное обучение", "Vocational training"),
                  "retraining": ("Профессиональная переподготовка", "Professional retraining")}[kind]
        title_ru, title_en = "%s: %s" % (prefix[0], lower), "%s: %s" % (prefix[1], en)
    return {
        "id": "%s-%s-%02d" % ("ONL" if online else region, code.upper()[:4] if code != "own-business" else "OWNB",
                              index),
        "title": {"ru": title_ru, "en": title_en},
        "provider": provider,
        "providerKind": provider_kind,
        "region": rc,
        "format": fmt,
        "schedule": schedule,
        "hours": hours,
        "practiceShare": practice,
        "cost": money(course_cost),
        "durationMonths": months,
        "startDates": starts,
        "seats": 8 + pick(key + "seats", 5) * 4,
        "occupations": [code],
        "qualification": qualification(occ),
        "employerPartners": partners,
        "employmentRate": 62 + pick(key + "rate", 30),
    }


def courses_json():
    out = []
    rotating = [r for r in REGION_CODES if r not in ("SAK", "PER")]
    for i, occ in enumerate(OCCUPATIONS):
        where = occ[9] or REGION_CODES
        regions = [r for r in ("SAK", "PER") if r in where]
        others = [r for r in rotating if r in where]
        if others:
            regions.append(others[i % len(others)])
            second = others[(i * 5 + 3) % len(others)]
            if second not in regions:
                regions.append(second)
        for r in regions:
            out.append(course(occ, r, 1))
        if occ[10]:
            out.append(course(occ, "online", 1, online=True))
    for r in ["SAK", "PER", "MOW", "KDA", "KAM", "TAT"]:
        out.append(course(OWN_BUSINESS, r, 1))
    out.append(course(OWN_BUSINESS, "online", 1, online=True))
    ids = [c["id"] for c in out]
    assert len(ids) == len(set(ids)), "duplicate course ids"
    return out


if __name__ == "__main__":
    write("regions.json", region_json())
    write("skills.json", [{"id": s[0], "name": {"ru": s[1], "en": s[2]}, "group": s[3]} for s in SKILLS])
    write("occupations.json", occupation_json())
    write("own-business.json", own_business_json())
    cs = courses_json()
    write("courses.json", cs)
    print("regions %d, skills %d, occupations %d, courses %d" % (len(REGIONS), len(SKILLS), len(OCCUPATIONS), len(cs)))
