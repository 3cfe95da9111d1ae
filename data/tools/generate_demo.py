#!/usr/bin/env python3
"""Writes the demo case files in data/demo/: invented people (Cyrillic names, valid SNILS check
numbers, valid INN check digits) at every stage of a desk session. RIASEC scores, Holland codes
and support measures are computed with the same rules as the Swift engine (docs/guidance.md), so
the files agree with what `careerdesk guide` says. Run after generate_catalog.py."""

import json
import os
import zlib

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def load(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return json.load(f)


QUESTIONNAIRE = load("questionnaire.json")
COURSES = {c["id"]: c for c in load("courses.json")}
OCCUPATIONS = {o["code"]: o for o in load("occupations.json")}
MEASURES = load("support-measures.json")
PROGRAMMES = {}
for name in os.listdir(os.path.join(DATA, "programmes")):
    if name.endswith(".json"):
        with open(os.path.join(DATA, "programmes", name), encoding="utf-8") as f:
            p = json.load(f)
            PROGRAMMES[p["id"]] = p


def snils(nine):
    digits = [int(c) for c in nine]
    total = sum(d * w for d, w in zip(digits, range(9, 0, -1)))
    if total < 100:
        check = total
    elif total in (100, 101):
        check = 0
    else:
        check = total % 101
        if check == 100:
            check = 0
    return "%s-%s-%s %02d" % (nine[0:3], nine[3:6], nine[6:9], check)


def inn10(nine):
    weights = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    check = sum(int(c) * w for c, w in zip(nine, weights)) % 11 % 10
    return nine + str(check)


# The first two digits of an INN are the code of the region whose tax office registered the
# organisation (the federal subject code), so a demo organisation in Perm Krai starts with 59.
TAX_REGION = {"SAK": "65", "PER": "59", "MOW": "77", "SPE": "78", "SVE": "66", "TAT": "16", "NVS": "54",
              "KDA": "23", "PRI": "25", "KHA": "27", "KAM": "41", "MAG": "49", "YAR": "76", "CHU": "87"}


def organisation_inn(region, office, name):
    """A valid 10-digit INN: region code, tax office, then five digits from the name (stable)."""
    return inn10("%s%s%05d" % (TAX_REGION[region], office, zlib.crc32(name.encode("utf-8")) % 100000))


def riasec(answers):
    """Per type: (sum - n) * 100 / (4n), rounded half up; Holland code: top three by score,
    ties in hexagon order R I A S E C."""
    sums, counts = {}, {}
    for item, a in zip(QUESTIONNAIRE["items"], answers):
        sums[item["type"]] = sums.get(item["type"], 0) + a
        counts[item["type"]] = counts.get(item["type"], 0) + 1
    scores = {}
    for t in "RIASEC":
        n = counts[t]
        scores[t] = (2 * (sums[t] - n) * 100 + 4 * n) // (8 * n)
    order = sorted("RIASEC", key=lambda t: (-scores[t], "RIASEC".index(t)))
    keys = {"R": "realistic", "I": "investigative", "A": "artistic", "S": "social", "E": "enterprising",
            "C": "conventional"}
    return {keys[t]: scores[t] for t in "RIASEC"}, "".join(order[:3])


def answers_for(profile):
    """36 answers: each item gets the seeker's level for its type, varied a little by position."""
    out = []
    for i, item in enumerate(QUESTIONNAIRE["items"]):
        base = profile[item["type"]]
        wobble = [0, 1, -1, 0, 0, -1][i // 6]
        out.append(max(1, min(5, base + wobble)))
    return out


def years_between(born, day):
    by, bm, bd = map(int, born.split("-"))
    y, m, d = map(int, day.split("-"))
    return y - by - (1 if (m, d) < (bm, bd) else 0)


def months_between(since, day):
    sy, sm, sd = map(int, since.split("-"))
    y, m, d = map(int, day.split("-"))
    months = (y - sy) * 12 + (m - sm)
    return months - (1 if d < sd else 0)


def holds(rule, seeker, track, day):
    if "all" in rule:
        return all(holds(r, seeker, track, day) for r in rule["all"])
    if "any" in rule:
        return any(holds(r, seeker, track, day) for r in rule["any"])
    if "not" in rule:
        return not holds(rule["not"], seeker, track, day)
    (key, value), = rule.items()
    age = years_between(seeker["birthDate"], day)
    if key == "ageAtLeast":
        return age >= value
    if key == "ageAtMost":
        return age <= value
    if key == "employmentStatusIn":
        return seeker.get("employmentStatus") in value
    if key == "priorityGroupsAny":
        return any(g in value for g in seeker["priorityGroups"])
    if key == "unemployedMonthsAtLeast":
        since = seeker.get("unemployedSince")
        return seeker.get("employmentStatus") == "unemployed" and since is not None and \
            months_between(since, day) >= value
    if key == "relocationIn":
        return seeker["constraints"]["relocation"] in value
    if key == "regionIn":
        return seeker["region"] in value
    if key == "trackIs":
        return track == value
    if key == "baselineIncomeAtMost":
        return float(seeker["baselineIncome"]) <= float(value)
    raise ValueError(key)


def add_months(day, n):
    y, m, d = map(int, day.split("-"))
    total = y * 12 + (m - 1) + n
    y2, m2 = total // 12, total % 12 + 1
    days = [31, 29 if (y2 % 4 == 0 and y2 % 100 != 0) or y2 % 400 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30,
            31][m2 - 1]
    return "%04d-%02d-%02d" % (y2, m2, min(d, days))


def minus_day(day):
    y, m, d = map(int, day.split("-"))
    if d > 1:
        return "%04d-%02d-%02d" % (y, m, d - 1)
    prev = add_months("%04d-%02d-01" % (y, m), -1)
    py, pm, _ = map(int, prev.split("-"))
    days = [31, 29 if (py % 4 == 0 and py % 100 != 0) or py % 400 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30,
            31][pm - 1]
    return "%04d-%02d-%02d" % (py, pm, days)


INVESTORS = {
    "earning-money-together": ("Фонд развития кадрового потенциала (иллюстративно)", "650100001"),
    "classic-isa": ("ООО «Фонд образовательных инвестиций „Горизонт“»", "770200002"),
    "perspectiva-krasnokamsk": ("НП «Перспектива» (фонд обучения партнёрства)", "591600003"),
}

# (id, name, birth, snils9, phone, email, region, municipality, education, status, unemployedSince,
#  currentOccupation, baseline, years, groups, relocation, schedule, format, interests, skills,
#  stage: profile|guidance|course|draft|signed, track, target occupation, course id, programme, day opened)
PEOPLE = [
    ("SAK-2026-000101", "Иванов Алексей Петрович", "1989-04-17", "112233441", "+79140001101", None, "SAK",
     "Южно-Сахалинск", "vocational", "unemployed", "2026-05-04", "Слесарь-сборщик", 35000, 11, [],
     "withinRegion", "daytime", "inPerson", dict(R=5, I=4, A=2, S=2, E=3, C=3),
     ["metalwork", "blueprint-reading", "mechanical-repair", "occupational-safety"], "signed", "employment", "7212",
     "SAK-7212-01", "earning-money-together", "2026-10-05"),
    ("SAK-2026-000102", "Ким Елена Сергеевна", "1984-09-02", "123456780", "+79140001102", "e.kim@example.ru", "SAK",
     "Корсаков", "secondaryGeneral", "unemployed", "2025-08-20", "Продавец", 0, 14, ["longTermUnemployed"], "no",
     "daytime", "inPerson", dict(R=4, I=2, A=2, S=3, E=2, C=4), ["customer-service", "cash-register", "food-safety"],
     "guidance", "employment", "7511", None, None, "2026-11-09"),
    ("SAK-2026-000103", "Пак Сергей Владимирович", "1995-12-11", "134567892", "+79140001103", None, "SAK", "Оха",
     "vocational", "employed", None, "Электромонтёр", 68000, 7, [], "withinRegion", "any", "any",
     dict(R=5, I=5, A=1, S=2, E=2, C=4), ["electrical-installation", "electrical-safety", "occupational-safety"],
     "draft", "employment", "3131", "SAK-3131-01", "earning-money-together", "2026-10-19"),
    ("SAK-2026-000104", "Тен Марина Юрьевна", "1979-06-25", "145678903", "+79140001104", None, "SAK", "Холмск",
     "secondaryGeneral", "unemployed", "2026-07-01", "Повар", 0, 18, ["parentOfYoungChild"], "no", "daytime",
     "inPerson", dict(R=3, I=2, A=3, S=3, E=5, C=3), ["cooking", "food-safety", "sales"], "guidance", "ownBusiness",
     None, None, None, "2026-11-12"),
    ("PER-2026-000201", "Смирнова Ольга Николаевна", "1993-02-14", "156789014", "+79120002201",
     "olga.smirnova@example.ru", "PER", "Краснокамск", "vocational", "onParentalLeave", None, "Бухгалтер-кассир",
     20000, 6, ["parentOfYoungChild"], "no", "evening", "blended", None, [], "profile", None, None, None, None,
     "2026-11-16"),
    ("PER-2026-000202", "Белова Мария Андреевна", "2002-07-30", "167890125", "+79120002202", None, "PER",
     "Краснокамск", "basicGeneral", "unemployed", "2026-02-10", None, 0, 1, ["under25"], "withinRegion", "daytime",
     "inPerson", dict(R=4, I=2, A=4, S=3, E=3, C=2), ["cooking"], "draft", "employment", "5120", "PER-5120-01",
     "perspectiva-krasnokamsk", "2026-10-26"),
    ("PER-2026-000203", "Мухаметшин Ринат Ильдарович", "1968-03-08", "178901236", "+79120002203", None, "PER",
     "Пермь", "vocational", "unemployed", "2025-10-01", "Мастер участка", 0, 32, ["preRetirement",
                                                                              "longTermUnemployed"],
     "no", "daytime", "inPerson", dict(R=4, I=3, A=1, S=3, E=4, C=4),
     ["team-leadership", "metalwork", "occupational-safety", "blueprint-reading"], "course", "employment", "7543",
     "PER-7543-01", None, "2026-11-02"),
    ("MOW-2026-000301", "Ковалёв Дмитрий Олегович", "2004-11-19", "189012347", "+79160003301",
     "d.kovalev@example.ru", "MOW", "Южный административный округ", "secondaryGeneral", "student", None, None, 0,
     0, ["under25"], "anywhere", "evening", "online", None, [], "profile", None, None, None, None, "2026-11-18"),
    ("MOW-2026-000302", "Орлов Никита Сергеевич", "1997-01-05", "190123458", "+79160003302", "nikita.orlov@example.ru",
     "MOW", "Зеленоградский административный округ", "higher", "employed", None, "Инженер по качеству", 75000, 5,
     [], "no", "evening", "online", dict(R=2, I=5, A=3, S=2, E=2, C=4),
     ["excel", "data-analysis", "technical-documentation", "english-technical"], "draft", "employment", "2512",
     "ONL-2512-01", "classic-isa", "2026-10-12"),
    ("TAT-2026-000401", "Хабибуллина Алсу Рашидовна", "1999-08-21", "201234569", "+79170004401", None, "TAT",
     "Казань", "higher", "unemployed", "2026-06-15", "Учитель информатики", 0, 3, [], "withinRegion", "any", "any",
     dict(R=2, I=5, A=3, S=4, E=2, C=3), ["teaching", "programming", "office-software"], "guidance", "employment",
     "2519", None, None, "2026-11-10"),
    ("KDA-2026-000501", "Ткаченко Андрей Викторович", "1986-05-13", "212345670", "+79180005501", None, "KDA", "Анапа",
     "vocational", "selfEmployed", None, "Гид", 30000, 9, [], "no", "any", "any", dict(R=2, I=2, A=4, S=4, E=5, C=2),
     ["tour-guiding", "public-speaking", "sales"], "course", "ownBusiness", None, "KDA-OWNB-01", None, "2026-11-03"),
    ("PRI-2026-000601", "Морозов Игорь Александрович", "1991-10-09", "223456781", "+79240006601", None, "PRI",
     "Находка", "vocational", "unemployed", "2026-04-01", "Моторист", 0, 8, [], "anywhere", "any", "inPerson",
     dict(R=5, I=4, A=1, S=2, E=3, C=3), ["seamanship", "mechanical-repair", "marine-engines"], "course",
     "employment", "3151", "SAK-3151-01", None, "2026-11-05"),
    ("KHA-2026-000701", "Лебедева Наталья Игоревна", "1990-12-28", "234567892", "+79140007701", None, "KHA",
     "Комсомольск-на-Амуре", "vocational", "employed", None, "Младшая медсестра", 45000, 10, [], "no", "evening",
     "blended", dict(R=3, I=4, A=2, S=5, E=2, C=3), ["patient-care", "first-aid", "infection-control"], "signed",
     "employment", "3221", "KHA-3221-01", "earning-money-together", "2026-09-28"),
    ("MAG-2026-000801", "Семёнова Ирина Павловна", "1982-04-03", "245678903", "+79140008801", None, "MAG", "Магадан",
     "vocational", "partTime", None, "Кассир", 38000, 15, [], "no", "evening", "any", dict(R=2, I=3, A=2, S=3, E=3,
                                                                                            C=5),
     ["cash-register", "excel", "office-software", "customer-service"], "signed", "employment", "4311",
     "ONL-4311-01", "classic-isa", "2026-09-21"),
    ("YAR-2026-000901", "Волков Павел Евгеньевич", "1987-08-16", "256789014", "+79100009901", None, "YAR",
     "Рыбинск", "secondaryGeneral", "unemployed", "2026-01-12", "Оператор склада", 0, 12, ["disability"],
     "no", "daytime", "inPerson", dict(R=4, I=4, A=2, S=2, E=2, C=4), ["warehouse-operations", "measuring-instruments"],
     "guidance", "employment", "7223", None, None, "2026-11-11"),
    ("NVS-2026-001001", "Кузнецов Виктор Михайлович", "1966-01-22", "267890125", "+79130010001", None, "NVS",
     "Бердск", "vocational", "employed", None, "Водитель автобуса", 52000, 35, ["preRetirement"], "no", "daytime",
     "any", None, [], "profile", None, None, None, None, "2026-11-19"),
]

CASEWORKERS = {"SAK": "o.sidorova", "PER": "n.zaitseva", "MOW": "a.volkova", "TAT": "r.nurieva",
               "KDA": "e.grigorenko", "PRI": "t.lim", "KHA": "s.ermakova", "MAG": "v.orlova", "YAR": "m.fedorova",
               "NVS": "i.belyaeva"}
STAGES = ["profile", "guidance", "course", "draft", "signed"]


def stamp(day, hour, minute=0):
    return "%sT%02d:%02d:00Z" % (day, hour, minute)


def build(person):
    (cid, name, born, snils9, phone, email, region, muni, edu, status, since, current, baseline, years, groups,
     relocation, schedule, fmt, interests, skills, stage, track, target, course_id, programme, opened) = person
    worker = CASEWORKERS[region]
    level = STAGES.index(stage)
    seeker = {
        "fullName": name, "birthDate": born, "snils": snils(snils9), "phone": phone, "region": region,
        "municipality": muni, "educationLevel": edu, "employmentStatus": status,
        "baselineIncome": "%d.00" % baseline, "yearsOfExperience": years, "priorityGroups": groups,
        "constraints": {"relocation": relocation, "schedule": schedule, "format": fmt},
        "consent": {"given": True, "date": opened},
    }
    if email:
        seeker["email"] = email
    if since:
        seeker["unemployedSince"] = since
    if current:
        seeker["currentOccupation"] = current
    created = stamp(opened, 6, 30)
    history = [{"at": created, "by": worker, "action": "created"}]
    notes, feedback = [], []
    doc = {
        "schemaVersion": 1, "id": cid, "status": "open", "createdAt": created, "caseworker": worker,
        "seeker": seeker, "notes": notes, "feedback": feedback, "history": history,
    }
    day = opened
    last = created
    if level >= 1:
        answers = answers_for(interests)
        scores, code = riasec(answers)
        guided = stamp(day, 7, 10)
        eligible = [m["id"] for m in MEASURES if holds(m["rule"], seeker, track, day)]
        doc["guidance"] = {
            "questionnaireId": QUESTIONNAIRE["id"], "answers": answers, "riasec": scores, "hollandCode": code,
            "skills": skills, "track": track, "supportMeasures": eligible, "completedAt": guided,
        }
        if target:
            doc["guidance"]["targetOccupation"] = target
        history.append({"at": guided, "by": worker, "action": "guidance.completed"})
        feedback.append({"stage": "guidance", "rating": 5 if code[0] in "RI" else 4, "at": guided})
        notes.append({"at": guided, "author": worker, "stage": "guidance",
                      "text": "Опросник пройден, результаты обсудили вместе с соискателем."})
        last = guided
    if level >= 2:
        c = COURSES[course_id]
        chosen = stamp(day, 7, 40)
        doc["course"] = {
            "courseId": c["id"], "title": c["title"]["ru"], "provider": c["provider"]["ru"], "cost": c["cost"],
            "hours": c["hours"], "durationMonths": c["durationMonths"], "startDate": c["startDates"][0],
            "format": c["format"], "chosenAt": chosen,
        }
        history.append({"at": chosen, "by": worker, "action": "course.chosen"})
        feedback.append({"stage": "course", "rating": 4, "comment": "Удобное расписание.", "at": chosen})
        last = chosen
    if level >= 3:
        c = COURSES[course_id]
        p = PROGRAMMES[programme]
        d = p["defaults"]
        occ = OCCUPATIONS[target]
        target_income = occ["regions"].get(region, {"medianWage": occ["medianWage"]})["medianWage"]
        start = c["startDates"][0]
        investor = INVESTORS[programme]
        parties = {
            "provider": {"name": c["provider"]["ru"], "inn": organisation_inn(region, "01", c["provider"]["ru"]),
                         "representative": "Директор"},
            "investor": {"name": investor[0], "inn": inn10(investor[1]), "representative": "Управляющий"},
        }
        if "employer" in p["requiredParties"]:
            parties["employer"] = {"name": c["employerPartners"][0], "inn": organisation_inn(region, "02", c["employerPartners"][0]),
                                   "representative": "Генеральный директор"}
        drafted = stamp(day, 8, 5)
        contract = {
            "programmeId": programme, "version": 1, "status": "draft", "parties": parties,
            "terms": {
                "fundedAmount": c["cost"], "baselineIncome": "%d.00" % baseline, "targetIncome": target_income,
                "minimumIncrease": d["minimumIncrease"], "shareBasisPoints": d["shareBasisPoints"],
                "shareBase": p["shareBase"], "capMultipleHundredths": d["capMultipleHundredths"],
                "termPayments": d["termPayments"], "windowMonths": d["windowMonths"], "graceMonths": d["graceMonths"],
                "courseMonths": c["durationMonths"], "earlyPayoff": p["earlyPayoff"],
            },
            "courseStart": start, "courseEnd": minus_day(add_months(start, c["durationMonths"])),
            "statusHistory": [], "previousVersions": [],
        }
        doc["contract"] = contract
        history.append({"at": drafted, "by": worker, "action": "contract.drafted"})
        last = drafted
        if level >= 4:
            ready = stamp(add_months(day, 0), 8, 30)
            signed = stamp(add_months(day, 0)[:8] + "%02d" % min(28, int(day[8:]) + 2), 9, 0)
            contract["status"] = "signed"
            contract["statusHistory"] = [
                {"from": "draft", "to": "ready", "by": worker, "at": ready},
                {"from": "ready", "to": "signed", "by": worker, "at": signed},
            ]
            history.append({"at": ready, "by": worker, "action": "contract.ready"})
            history.append({"at": signed, "by": worker, "action": "contract.signed"})
            feedback.append({"stage": "contract", "rating": 5, "at": signed})
            last = signed
    doc["stage"] = ["profile", "course", "contract", "contract", "review"][level]
    doc["updatedAt"] = last
    doc["revision"] = len(history)
    return doc


if __name__ == "__main__":
    out_dir = os.path.join(DATA, "demo")
    for name in os.listdir(out_dir):
        if name.endswith(".json"):
            os.remove(os.path.join(out_dir, name))
    for person in PEOPLE:
        doc = build(person)
        with open(os.path.join(out_dir, doc["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2, sort_keys=True)
            f.write("\n")
    print("demo cases", len(PEOPLE))
