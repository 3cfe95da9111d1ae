import Testing

@testable import TerminalKit

/// Widgets rendered into the test terminal's buffer and compared with Snapshots/*.screen.
/// Fixtures carry Cyrillic, CJK, combining marks and emoji, as tig's do.
@Suite struct SnapshotTests {
    @Test func textFieldStates() {
        var plain = TextField(text: "Иванов Пётр 日本", isFocused: true)
        plain.message = "Фамилия слишком длинная"
        var scrolled = TextField(text: "Очень длинная фамилия Константинопольский", isFocused: true)
        scrolled.handle(.end)
        let date = TextField(text: "0102", mask: .date(placeholder: "ДД.ММ.ГГГГ"))
        let snils = TextField(text: "11223344595", mask: .snils(placeholder: "XXX-XXX-XXX YY"))
        let money = TextField(text: "1234567,5", mask: .money)
        let hint = TextField(placeholder: "введите имя")
        let b = rendered(Size(width: 24, height: 8)) { b, area in
            plain.render(into: &b, rect: Rect(x: 0, y: 0, width: 24, height: 2))
            scrolled.render(into: &b, rect: area.row(2))
            date.render(into: &b, rect: area.row(3))
            snils.render(into: &b, rect: area.row(4))
            money.render(into: &b, rect: area.row(5))
            hint.render(into: &b, rect: area.row(6))
        }
        Snapshot.assertMatches(b, named: "text-field", styles: true)
    }

    @Test func formWithRequiredMarkersAndErrors() {
        var form = Form(fields: [
            FormField(label: "ФИО", input: TextField(text: "Ёлкина Мария"), isRequired: true),
            FormField(
                label: "Дата рождения", input: TextField(text: "3112", mask: .date(placeholder: "ДД.ММ.ГГГГ")),
                isRequired: true, error: "Неполная дата"),
            FormField(label: "СНИЛС", input: TextField(mask: .snils(placeholder: "XXX-XXX-XXX YY"))),
        ])
        form.focus(1)
        let b = rendered(Size(width: 40, height: 5)) { b, area in form.render(into: &b, rect: area) }
        Snapshot.assertMatches(b, named: "form", styles: true)
    }

    @Test func tableFilteredAndSorted() {
        var t = Table(
            columns: [
                TableColumn("Вакансия", width: .flexible(2)), TableColumn("Город"),
                TableColumn("З/п", width: .fixed(8), alignment: .right),
            ],
            rows: [
                ["Повар", "Орёл", "45 000"], ["Переводчик 日本語", "Москва", "61 000"], ["Швея", "Ёлкино", "38 900"],
                ["Программист 👩‍💻", "Тверь", "120 000"], ["Продавец", "Пермь", "41 200"],
            ], pageSize: 4)
        let full = rendered(Size(width: 44, height: 6)) { b, area in t.render(into: &b, rect: area) }
        Snapshot.assertMatches(full, named: "table", styles: true)
        for c in "ПР" { t.handle(.character(c)) }
        t.sort(by: 2)
        t.sort(by: 2)
        t.handle(.down)
        let filtered = rendered(Size(width: 44, height: 6)) { b, area in t.render(into: &b, rect: area) }
        Snapshot.assertMatches(filtered, named: "table-filtered-sorted", styles: true)
    }

    @Test func listViewScrollsToSelection() {
        var list = ListView(items: (1...12).map { "Пункт №\($0)" }, pageSize: 4)
        for _ in 0..<6 { list.handle(.down) }
        let b = rendered(Size(width: 16, height: 4)) { b, area in list.render(into: &b, rect: area) }
        Snapshot.assertMatches(b, named: "list", styles: true)
    }

    @Test func dialogs() {
        var screen = Buffer(size: Size(width: 50, height: 12), fill: Cell("·"))
        Dialog.confirm(title: "Выход", message: "Несохранённые изменения будут потеряны. Выйти?", yes: "Да", no: "Нет")
            .render(into: &screen, rect: screen.area)
        Snapshot.assertMatches(screen, named: "dialog-confirm", styles: true)

        var path = Buffer(size: Size(width: 50, height: 12), fill: Cell("·"))
        Dialog.pathInput(
            title: "Экспорт", message: "Куда сохранить отчёт?", path: "/home/оператор/отчёт.pdf", ok: "Сохранить",
            cancel: "Отмена"
        )
        .render(into: &path, rect: path.area)
        Snapshot.assertMatches(path, named: "dialog-path")

        var choice = Buffer(size: Size(width: 50, height: 9))
        Dialog.choice(title: "Формат", message: "В каком формате?", options: ["PDF", "CSV", "JSON"], defaultOption: 1)
            .render(into: &choice, rect: choice.area)
        Snapshot.assertMatches(choice, named: "dialog-choice")
    }

    @Test func stepBarAndKeyBar() {
        let steps = StepBar(steps: ["Анкета", "Интересы", "Вакансии", "Договор"], current: 2)
        let keys = KeyBar(items: [
            KeyBarItem(.function(1), "Помощь"), KeyBarItem(.function(2), "Сохр"), KeyBarItem(.function(3), "Просм"),
            KeyBarItem(.function(5), "Печать"), KeyBarItem(.function(7), "Поиск"), KeyBarItem(.function(10), "Выход"),
        ])
        let wide = rendered(Size(width: 80, height: 2)) { b, area in
            steps.render(into: &b, rect: area.row(0))
            keys.render(into: &b, rect: area.row(1))
        }
        Snapshot.assertMatches(wide, named: "bars-80", styles: true)
        let narrow = rendered(Size(width: 40, height: 2)) { b, area in
            steps.render(into: &b, rect: area.row(0))
            keys.render(into: &b, rect: area.row(1))
        }
        Snapshot.assertMatches(narrow, named: "bars-40", styles: true)
    }

    @Test func charts() {
        let bars = BarChart(items: [
            BarItem("Сейчас", value: 32_000, valueText: "32 000 ₽"),
            BarItem("План", value: 45_500, valueText: "45 500 ₽"),
            BarItem("Минимум", value: 35_200, valueText: "35 200 ₽"), BarItem("Ноль", value: 0, valueText: "0 ₽"),
        ])
        let line = LineChart(
            values: [10, 12, 15, 14, 20, 26, 31, 30, 34, 40], minimum: 0, topLabel: "40", bottomLabel: "0")
        let b = rendered(Size(width: 40, height: 10)) { b, area in
            let (top, rest) = area.splitTop(4)
            bars.render(into: &b, rect: top)
            line.render(into: &b, rect: rest.inset(dx: 0, dy: 0).splitTop(6).0)
        }
        Snapshot.assertMatches(b, named: "charts")
    }

    @Test func scrollViewAndTextArea() {
        var scroll = ScrollView(
            text: (1...20).map { "Строка \($0): ёжик 日本" }.joined(separator: "\n"), width: 24, pageSize: 5)
        scroll.handle(.pageDown)
        var notes = TextArea(
            text: "Клиент пришёл вовремя.\nХочет работать поваром 🍳\nСледующий визит: 12.03", visibleRows: 3,
            isFocused: true)
        notes.handle(.down)
        notes.handle(.end)
        let b = rendered(Size(width: 24, height: 9)) { b, area in
            let (top, bottom) = area.splitTop(5)
            scroll.render(into: &b, rect: top)
            notes.render(into: &b, rect: bottom.splitTop(3).0)
        }
        Snapshot.assertMatches(b, named: "scroll-and-notes")
    }

    @Test func smallWindowNotice() {
        let b = App<Int, Never>.noticeFrame(
            "Окно слишком маленькое (60×20). Увеличьте его до 80×24.", size: Size(width: 30, height: 6))
        Snapshot.assertMatches(b, named: "small-window")
    }

    @Test func dataWithEscapesIsDrawnVisibly() {
        var t = Table(
            columns: [TableColumn("Имя"), TableColumn("Заметка")],
            rows: [["Эве\u{1B}[2Jлина", "строка1\nстрока2\t\u{07}"]])
        t.isFocused = false
        let b = rendered(Size(width: 40, height: 2)) { b, area in t.render(into: &b, rect: area) }
        Snapshot.assertMatches(b, named: "control-characters")
    }
}
