// terminalkit-demo: a small program exercising TerminalKit end to end — a form with Cyrillic
// input and masks, a filtered and sortable table, dialogs, a key bar and a bar chart. The
// end-to-end test drives it inside tmux. Strings live here, not in TerminalKit.
//
// Keys: Tab/Shift-Tab fields · F3 form ⇄ table · F2 save · F4 sort · F5 export path dialog ·
// F10 or Ctrl-C quit (asks) · Ctrl-Z suspend. Options: --pid-file PATH, --crash-key (F12 aborts,
// to test crash restoration).

import Foundation
import TerminalKit

enum Panel { case form, table }
enum DialogKind { case quit, saved, exportPath, exported }
enum Effect { case writePidFile }

struct DemoState {
    var form: Form
    var table: Table
    var panel: Panel = .form
    var dialog: (kind: DialogKind, dialog: Dialog)?
    var status = "Tab — поле, F3 — таблица, буквы в таблице — фильтр"
    var crashKey = false
    var help: ScrollView?
    var size = Size(width: 80, height: 24)
}

/// Where everything goes at a given window size; `view` draws into it and `update` fits the
/// widgets whose behaviour depends on their width (long form values, the help's page).
struct Layout {
    var title, steps, form, chart, table, status, keys, help: Rect

    init(_ size: Size) {
        let area = Rect(size: size)
        let (titleRow, rest) = area.splitTop(1)
        let (stepRow, body) = rest.splitTop(1)
        let (main, bottom) = body.splitBottom(2)
        let (top, tableArea) = main.splitTop(9)
        let (formBox, chartBox) = top.splitLeft(top.width * 3 / 5)
        title = titleRow
        steps = stepRow
        form = formBox
        chart = chartBox
        table = tableArea
        status = bottom.row(0)
        keys = bottom.row(1)
        help = area.centered(Size(width: 60, height: 16))
    }

    /// The help text's rect inside its box.
    var helpText: Rect { help.inset(dx: 2, dy: 1) }
}

let helpText = """
    TerminalKit — демонстрация виджетов.

    Анкета: Tab и Shift-Tab переходят между полями, Enter на последнем поле сохраняет. \
    Дата вводится цифрами, точки ставятся сами (ДД.ММ.ГГГГ); СНИЛС — XXX-XXX-XXX YY; \
    сумма группируется по разрядам.

    Ctrl-A/Home — в начало, Ctrl-E/End — в конец, Ctrl-U — стереть до начала, Ctrl-K — до конца.

    Таблица (F3): начните печатать — строки отфильтруются (регистр не важен, ё = е). \
    Backspace правит фильтр, Esc сбрасывает. F4 — сортировка по следующему столбцу.

    F5 — диалог с вводом пути. F10 или Ctrl-C — выход с подтверждением. \
    Ctrl-Z — приостановить (fg — вернуться).

    Вставка из буфера обмена приходит одним куском и не выполняет команд.

    Эта справка прокручивается: ↑ ↓ PgUp PgDn Home End; Esc или F1 — закрыть.
    """

let vacancies: [[String]] = [
    ["Повар", "ООО «Ёлка»", "45 000"],
    ["Бухгалтер", "ПАО Сбер", "72 500"],
    ["Водитель погрузчика", "Склад №3", "58 000"],
    ["Переводчик 日本語", "寿司バー", "61 000"],
    ["Швея", "Ателье «Ёж»", "38 900"],
    ["Программист", "ИП Ёлкин", "120 000"],
    ["Продавец-кассир", "Пятёрочка", "41 200"],
]

func initialState(crashKey: Bool) -> DemoState {
    let form = Form(fields: [
        FormField(label: "ФИО", input: TextField(maxLength: 60), isRequired: true),
        FormField(label: "Дата рождения", input: TextField(mask: .date(placeholder: "ДД.ММ.ГГГГ")), isRequired: true),
        FormField(label: "СНИЛС", input: TextField(mask: .snils(placeholder: "XXX-XXX-XXX YY"))),
        FormField(label: "Желаемая з/п", input: TextField(mask: .money)),
    ])
    var table = Table(
        columns: [
            TableColumn("Вакансия", width: .flexible(2)), TableColumn("Работодатель", width: .flexible(2)),
            TableColumn("З/п, ₽", width: .fixed(9), alignment: .right),
        ], rows: vacancies, pageSize: 8, isFocused: false)
    table.select(0)
    var state = DemoState(form: form, table: table)
    state.crashKey = crashKey
    return state
}

func update(_ state: DemoState, _ event: AppEvent) -> Transition<DemoState, Effect> {
    var s = state
    if case .resized(let size) = event {
        s.size = size
        let layout = Layout(size)
        s.form.fit(width: layout.form.inset(dx: 1, dy: 1).width)
        s.help?.fit(height: layout.helpText.height)
        s.dialog?.dialog.fit(in: Rect(size: size))
        return .next(s)
    }
    guard case .key(let key) = event else { return .next(s) }
    if var help = s.help {
        switch key {
        case .escape, .function(1), .function(10), .enter: s.help = nil
        default:
            help.handle(key)
            s.help = help
        }
        return .next(s)
    }
    if var open = s.dialog {
        let result = open.dialog.handle(key)
        open.dialog.theme = .standard
        switch result {
        case .pending: s.dialog = open
        case .cancelled: s.dialog = nil
        case .chosen(let button, let text):
            s.dialog = nil
            switch open.kind {
            case .quit: if button == 0 { return .quit(s) }
            case .exportPath:
                if button == 0 {
                    s.dialog = (
                        .exported, .message(title: "Экспорт", message: "Файл будет записан в \(text ?? "")", ok: "OK")
                    )
                }
            case .saved, .exported: break
            }
        }
        return .next(s)
    }
    switch key {
    case .function(1):
        let box = Layout(s.size).helpText
        var help = ScrollView(text: helpText, width: box.width)
        help.fit(height: box.height)
        s.help = help
    case .function(10), .ctrl("c"), .ctrl("q"):
        s.dialog = (.quit, .confirm(title: "Выход", message: "Закрыть демонстрацию?", yes: "Да", no: "Нет"))
    case .function(3):
        s.panel = s.panel == .form ? .table : .form
        s.table.isFocused = s.panel == .table
        s.form.isFocused = s.panel == .form
    case .function(2):
        save(&s)
    case .function(4):
        s.table.sort(by: ((s.table.sortColumn ?? -1) + 1) % s.table.columns.count)
    case .function(5):
        s.dialog = (
            .exportPath,
            .pathInput(
                title: "Экспорт", message: "Куда сохранить файл?", path: "/tmp/вакансии.csv", ok: "Сохранить",
                cancel: "Отмена")
        )
        s.dialog?.dialog.fit(in: Rect(size: s.size))
    case .function(12) where s.crashKey:
        fatalError("terminalkit-demo: crash requested with F12")
    default:
        switch s.panel {
        case .form:
            if s.form.handle(key) == .submitted { save(&s) }
        case .table:
            s.table.handle(key)
        }
    }
    return .next(s)
}

func save(_ s: inout DemoState) {
    for i in s.form.fields.indices { s.form.fields[i].error = nil }
    for i in s.form.missingRequired { s.form.fields[i].error = "Обязательное поле" }
    let date = s.form.fields[1].input
    if !date.text.isEmpty && date.text.count < 8 { s.form.fields[1].error = "Дата: ДД.ММ.ГГГГ" }
    if s.form.fields.contains(where: { $0.error != nil }) {
        s.status = "Исправьте отмеченные поля"
        return
    }
    s.dialog = (
        .saved, .message(title: "Сохранено", message: "Анкета: \(s.form.values[0]), \(s.form.values[1])", ok: "OK")
    )
    s.status = "Сохранено"
}

func view(_ s: DemoState, _ size: Size) -> Buffer {
    var b = Buffer(size: size)
    let area = b.area
    let layout = Layout(size)
    let (formBox, chartBox, tableArea) = (layout.form, layout.chart, layout.table)
    b.drawLine("TerminalKit — демонстрация", in: layout.title, style: .bold, alignment: .center)
    StepBar(steps: ["Анкета", "Вакансии", "Готово"], current: s.panel == .form ? 0 : 1).render(
        into: &b, rect: layout.steps)
    b.drawBox(formBox, title: "Анкета", style: s.panel == .form ? .bold : .plain)
    s.form.render(into: &b, rect: formBox.inset(dx: 1, dy: 1))
    b.drawBox(chartBox, title: "Зарплаты")
    // The chart clips long labels with "…" itself; values are shown whole.
    let items = vacancies.prefix(chartBox.height - 2).map {
        BarItem($0[0], value: Double($0[2].filter(\.isNumber)) ?? 0, valueText: $0[2])
    }
    BarChart(items: Array(items)).render(into: &b, rect: chartBox.inset(dx: 1, dy: 1))
    let filterNote = s.table.filter.isEmpty ? "" : "  фильтр: \(s.table.filter)"
    b.drawBox(
        tableArea, title: "Вакансии (\(s.table.visibleRows.count))" + filterNote,
        style: s.panel == .table ? .bold : .plain)
    s.table.render(into: &b, rect: tableArea.inset(dx: 1, dy: 1))
    if s.panel == .table { b.cursor = nil }
    b.drawLine(s.status, in: layout.status, style: .dim)
    KeyBar(items: [
        KeyBarItem(.function(1), "Помощь"), KeyBarItem(.function(2), "Сохр"), KeyBarItem(.function(3), "Панель"),
        KeyBarItem(.function(4), "Сорт"), KeyBarItem(.function(5), "Экспорт"), KeyBarItem(.function(10), "Выход"),
    ]).render(into: &b, rect: layout.keys)
    if let help = s.help {
        b.fill(layout.help)
        b.drawBox(layout.help, title: "Помощь", style: .bold)
        help.render(into: &b, rect: layout.helpText)
    }
    if let open = s.dialog { open.dialog.render(into: &b, rect: area) }
    return b
}

// MARK: - Entry point

var arguments = CommandLine.arguments.dropFirst()
var pidFile: String?
var crashKey = false
while let arg = arguments.popFirst() {
    switch arg {
    case "--pid-file": pidFile = arguments.popFirst()
    case "--crash-key": crashKey = true
    default:
        FileHandle.standardError.write("usage: terminalkit-demo [--pid-file PATH] [--crash-key]\n".data(using: .utf8)!)
        exit(64)
    }
}
if let pidFile { try? "\(getpid())\n".write(toFile: pidFile, atomically: true, encoding: .utf8) }

let app = App<DemoState, Effect>(
    smallWindowNotice: { size, minimum in
        "Окно слишком маленькое (\(size)). Увеличьте его до \(minimum) или больше."
    },
    update: update, view: view)

do {
    var terminal = try NcursesTerminal(environment: ProcessInfo.processInfo.environment)
    do {
        _ = try app.run(initialState(crashKey: crashKey), on: &terminal)
        terminal.close()
    } catch {
        terminal.close()
        throw error
    }
} catch let error as TerminalError {
    FileHandle.standardError.write("terminalkit-demo: \(error)\n".data(using: .utf8)!)
    exit(error.exitCode)
} catch {
    FileHandle.standardError.write("terminalkit-demo: \(error)\n".data(using: .utf8)!)
    exit(1)
}
