#!/usr/bin/env python3
"""Writes data/questionnaire.json: CareerDesk's own RIASEC interest questionnaire (36 items,
6 per Holland type, interleaved R I A S E C so no type comes in a block). Wording is ours."""

import json
import os

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

ITEMS = {
    "R": [
        ("Разобрать и починить сломанный механизм", "Take apart and fix a broken mechanism"),
        ("Сварить металлическую конструкцию по чертежу", "Weld a metal structure from a drawing"),
        ("Работать на открытом воздухе: в поле, на стройке или в море", "Work outdoors: in a field, on a site or at sea"),
        ("Управлять грузовиком, краном или трактором", "Drive a truck, a crane or a tractor"),
        ("Проложить электропроводку и подключить щиток", "Run electrical wiring and connect a switchboard"),
        ("Сделать своими руками мебель или ремонт в квартире", "Build furniture or renovate a flat yourself"),
    ],
    "I": [
        ("Выяснить, почему прибор работает не так, как должен", "Find out why a device does not work as it should"),
        ("Провести анализ проб в лаборатории", "Analyse samples in a laboratory"),
        ("Найти закономерность в большой таблице чисел", "Find a pattern in a large table of numbers"),
        ("Написать программу, которая решает задачу за вас", "Write a program that solves a problem for you"),
        ("Читать о новых открытиях в науке и технике", "Read about new discoveries in science and technology"),
        ("Проверить гипотезу опытом и сделать выводы", "Test a hypothesis by experiment and draw conclusions"),
    ],
    "A": [
        ("Нарисовать эскиз, логотип или макет", "Draw a sketch, a logo or a layout"),
        ("Снять и смонтировать короткий видеоролик", "Shoot and edit a short video"),
        ("Написать рассказ, статью или текст для сайта", "Write a story, an article or copy for a website"),
        ("Оформить интерьер, витрину или праздник", "Design an interior, a shop window or a celebration"),
        ("Выступить на сцене: играть, петь, вести концерт", "Perform on stage: act, sing, host a concert"),
        ("Придумать изделие, которого ещё ни у кого нет", "Invent a product nobody has yet"),
    ],
    "S": [
        ("Ухаживать за больным или пожилым человеком", "Look after a sick or elderly person"),
        ("Объяснить новичку, как делать работу", "Explain to a newcomer how to do the job"),
        ("Выслушать человека и помочь ему найти выход из трудной ситуации",
         "Listen to someone and help them find a way out of a difficult situation"),
        ("Заниматься с детьми: играть, учить, присматривать", "Spend time with children: play, teach, supervise"),
        ("Консультировать посетителей и отвечать на их вопросы", "Advise visitors and answer their questions"),
        ("Организовать помощь соседям или волонтёрскую акцию", "Organise help for neighbours or a volunteer campaign"),
    ],
    "E": [
        ("Открыть своё дело и отвечать за его результат", "Start your own business and answer for its results"),
        ("Убедить людей купить товар или поддержать идею", "Persuade people to buy a product or back an idea"),
        ("Руководить бригадой или командой", "Lead a crew or a team"),
        ("Договориться с поставщиком о лучшей цене", "Negotiate a better price with a supplier"),
        ("Составить бюджет проекта и уложиться в него", "Draw up a project budget and keep to it"),
        ("Представить проект перед инвесторами или начальством", "Pitch a project to investors or management"),
    ],
    "C": [
        ("Вести учёт и аккуратно заполнять документы", "Keep records and fill in documents carefully"),
        ("Работать с таблицами в Excel или 1С", "Work with spreadsheets in Excel or 1C"),
        ("Проверять отчёты и находить в них ошибки", "Check reports and find mistakes in them"),
        ("Составлять графики смен и расписания", "Draw up shift rotas and timetables"),
        ("Следить за остатками товаров на складе", "Keep track of stock levels in a warehouse"),
        ("Работать по чёткой инструкции, где всё понятно заранее",
         "Work to a clear procedure where everything is known in advance"),
    ],
}

TYPES = [
    ("R", "realistic", "Практический", "Realistic", "Работа руками, с техникой, инструментами и материалами",
     "Hands-on work with machines, tools and materials"),
    ("I", "investigative", "Исследовательский", "Investigative", "Анализ, исследования, решение сложных задач",
     "Analysis, research, solving hard problems"),
    ("A", "artistic", "Творческий", "Artistic", "Творчество, дизайн, самовыражение",
     "Creativity, design, self-expression"),
    ("S", "social", "Социальный", "Social", "Помощь людям, обучение, уход",
     "Helping, teaching and caring for people"),
    ("E", "enterprising", "Предприимчивый", "Enterprising", "Руководство, продажи, своё дело",
     "Leading, selling, running a business"),
    ("C", "conventional", "Конвенциональный", "Conventional", "Порядок, учёт, документы, точность",
     "Order, records, documents, accuracy"),
]

SCALE = [
    (1, "Совсем не хотел(а) бы", "Would not like at all"),
    (2, "Скорее не хотел(а) бы", "Would rather not"),
    (3, "Не знаю / всё равно", "Not sure / indifferent"),
    (4, "Скорее хотел(а) бы", "Would rather like to"),
    (5, "Очень хотел(а) бы", "Would very much like to"),
]

items = []
for round_ in range(6):
    for letter in "RIASEC":
        ru, en = ITEMS[letter][round_]
        items.append({"id": "q%02d" % (len(items) + 1), "type": letter, "text": {"ru": ru, "en": en}})

doc = {
    "id": "riasec-36-v1",
    "title": {"ru": "Опросник интересов (RIASEC)", "en": "Interest questionnaire (RIASEC)"},
    "instructions": {
        "ru": "Насколько вам хотелось бы заниматься этим на работе? Отвечайте быстро, "
              "не думая о зарплате и об образовании.",
        "en": "How much would you like to do this at work? Answer quickly, without thinking about "
              "pay or qualifications.",
    },
    "scale": [{"value": v, "label": {"ru": ru, "en": en}} for v, ru, en in SCALE],
    "types": [{"letter": l, "key": k, "name": {"ru": nru, "en": nen}, "description": {"ru": dru, "en": den}}
              for l, k, nru, nen, dru, den in TYPES],
    "items": items,
}

with open(os.path.join(DATA, "questionnaire.json"), "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("items", len(items))
