import Testing

@testable import TerminalKit

@Suite struct TextFieldTests {
    private func typed(_ keys: [Key]) -> TextField { typed(TextField(), keys) }

    private func typed(_ field: TextField, _ keys: [Key]) -> TextField {
        var f = field
        for k in keys { f.handle(k) }
        return f
    }

    private func chars(_ s: String) -> [Key] { s.map { .character($0) } }

    @Test func cursorMovesByGrapheme() {
        var f = typed(chars("Йо👍🏽ж"))
        f.handle(.left)
        f.handle(.left)
        f.handle(.backspace)  // removes "о", not half of an emoji or a combining sequence
        #expect(f.text == "Й👍🏽ж")
        #expect(f.cursor == 1)
    }

    @Test func homeEndAndKillKeys() {
        var f = typed(chars("Иван Петров"))
        f.handle(.home)
        #expect(f.cursor == 0)
        f.handle(.end)
        #expect(f.cursor == 11)
        for _ in 0..<6 { f.handle(.left) }
        f.handle(.ctrl("k"))
        #expect(f.text == "Иван ")
        f.handle(.ctrl("u"))
        #expect(f.text == "" && f.cursor == 0)
    }

    @Test func maxLengthIsInGraphemes() {
        let f = typed(TextField(maxLength: 3), chars("日本語です"))
        #expect(f.text == "日本語")
    }

    @Test func pasteIsInsertedAsTextOnOneLine() {
        let f = typed([.paste("Иванов\nИван\u{1B}[31m\u{03}")])
        #expect(f.text == "Иванов Иван[31m")
    }

    @Test func dateMaskAcceptsDigitsOnly() {
        let f = typed(TextField(mask: .date(placeholder: "ДД.ММ.ГГГГ")), chars("3a1.1220249"))
        #expect(f.text == "31122024")
        #expect(f.value == "31.12.2024")
    }

    @Test func snilsMask() {
        let f = typed(TextField(mask: .snils(placeholder: "XXX-XXX-XXX YY")), chars("11223344595"))
        #expect(f.value == "112-233-445 95")
        let partial = typed(TextField(mask: .snils(placeholder: "XXX-XXX-XXX YY")), chars("1122"))
        #expect(partial.value == "112-2")
    }

    @Test func moneyMask() {
        let f = typed(TextField(mask: .money), chars("1234567.891"))
        #expect(f.text == "1234567,89")
        #expect(f.value == "1 234 567,89")
        #expect(typed(TextField(mask: .money), chars(",5")).text == "5")
    }

    @Test func digitsMask() {
        #expect(typed(TextField(mask: .digits), chars("12аб34")).text == "1234")
    }

    /// The row a field draws at `width` columns, as text.
    private func shown(_ field: TextField, width: Int) -> (text: String, cursor: Int?) {
        var b = Buffer(size: Size(width: width, height: 1))
        field.render(into: &b, rect: b.area)
        return (b.rowText(0), b.cursor?.x)
    }

    @Test func longTextScrollsOnlyWhenTheCursorReachesAnEdge() {
        var f = TextField(isFocused: true)
        f.visibleWidth = 10
        f.insert("Константинопольская")  // 19 letters
        #expect(f.scrollOffset == 10)
        #expect(shown(f, width: 10) == ("…польская ", 9))
        // Moving left inside the view moves the cursor, not the text.
        for _ in 0..<5 { f.handle(.left) }
        #expect(f.scrollOffset == 10)
        #expect(shown(f, width: 10) == ("…польская ", 4))
        // At the left edge (column 1: column 0 is the "…") the text scrolls one step at a time.
        for _ in 0..<3 { f.handle(.left) }
        #expect(f.scrollOffset == 10 && shown(f, width: 10).cursor == 1)
        f.handle(.left)
        #expect(f.scrollOffset == 9)
        #expect(shown(f, width: 10) == ("…опольская", 1))
        // Moving right again walks the cursor across the still view.
        f.handle(.right)
        #expect(f.scrollOffset == 9 && shown(f, width: 10).cursor == 2)
        f.handle(.home)
        #expect(f.scrollOffset == 0)
        #expect(shown(f, width: 10) == ("Константин", 0))
    }

    @Test func deletingPullsScrolledTextBack() {
        var f = TextField(isFocused: true)
        f.visibleWidth = 8
        f.insert("0123456789abcdef")
        f.handle(.home)
        f.handle(.end)
        #expect(f.scrollOffset == 9)
        for _ in 0..<6 { f.handle(.backspace) }
        #expect(f.text == "0123456789")
        #expect(f.scrollOffset == 3)
        #expect(shown(f, width: 8) == ("…456789 ", 7))
    }

    @Test func withoutAWidthTheViewFollowsTheCursorAndUnfocusedFieldsShowTheirStart() {
        var f = TextField(text: "Константинопольская", isFocused: true)
        #expect(shown(f, width: 10) == ("…польская ", 9))
        f.isFocused = false
        #expect(shown(f, width: 10).text == "Константин")
    }

    @Test func formTellsItsFieldsTheirWidth() {
        var form = Form(fields: [FormField(label: "ФИО", isRequired: true), FormField(label: "Город")])
        form.fit(width: 40)
        #expect(form.labelWidth(for: 40) == 7)
        #expect(form.fields.map(\.input.visibleWidth) == [33, 33])
    }

    @Test func unusedKeysAreIgnored() {
        var f = TextField()
        #expect(f.handle(.tab) == .ignored)
        #expect(f.handle(.function(2)) == .ignored)
        #expect(f.handle(.character("ы")) == .handled)
    }
}

@Suite struct TableTests {
    let table = Table(
        columns: [TableColumn("Имя"), TableColumn("Город"), TableColumn("З/п", width: .fixed(8), alignment: .right)],
        rows: [
            ["Пётр", "Орёл", "45 000"], ["Анна", "Москва", "120 000"], ["Семён", "Ёлкино", "9 500"],
            ["Ли", "北京", "61 000"],
        ])

    @Test func typeToFilterIsCaseInsensitiveAndTreatsYoAsYe() {
        var t = table
        for c in "ЕЛК" { t.handle(.character(c)) }
        #expect(t.visibleRows == [2])
        t.handle(.backspace)
        t.handle(.backspace)
        #expect(t.filter == "Е")
        #expect(t.visibleRows == [0, 2])  // Пётр (ё), Семён, Ёлкино…
        t.handle(.escape)
        #expect(t.filter.isEmpty && t.visibleRows.count == 4)
    }

    @Test func sortingIsNumericAndToggles() {
        var t = table
        t.sort(by: 2)
        #expect(t.visibleRows == [2, 0, 3, 1])
        t.sort(by: 2)
        #expect(t.visibleRows == [1, 3, 0, 2])
        t.sort(by: 0)
        #expect(t.visibleRows.map { t.rows[$0][0] } == ["Анна", "Ли", "Пётр", "Семён"])
    }

    @Test func sortingKeepsTheSelectedRow() {
        var t = table
        t.select(1)  // Анна
        t.sort(by: 2)
        #expect(t.selectedRow == 1)
        #expect(t.selection == 3)
    }

    @Test func largeTablesFilterQuickly() {
        let rows = (0..<20_000).map { ["Соискатель \($0)", $0 % 7 == 0 ? "Орёл" : "Пермь", "\($0 * 10)"] }
        var t = Table(columns: [TableColumn("Имя"), TableColumn("Город"), TableColumn("Сумма")], rows: rows)
        for c in "орел" { t.handle(.character(c)) }
        #expect(t.visibleRows.count == 2858)
        t.handle(.end)
        #expect(t.selectedRow == 19_999)
    }

    @Test func selectionFollowsVisibleOrder() {
        var t = table
        t.handle(.down)
        t.handle(.down)
        #expect(t.selectedRow == 2)
        t.setFilter("zzz")
        #expect(t.selectedRow == nil)
        t.handle(.down)
        #expect(t.selectedRow == nil)
    }

    @Test func columnWidthsShareTheRest() {
        #expect(table.columnWidths(total: 30) == [10, 10, 8])
    }
}

@Suite struct FormAndDialogTests {
    @Test func tabOrderAndSubmit() {
        var form = Form(fields: [FormField(label: "ФИО", isRequired: true), FormField(label: "Город")])
        #expect(form.handle(.character("Я")) == .handled)
        #expect(form.handle(.tab) == .handled)
        #expect(form.focus == 1)
        #expect(form.handle(.backTab) == .handled)
        #expect(form.focus == 0)
        form.handle(.enter)
        #expect(form.handle(.enter) == .submitted)
        #expect(form.values == ["Я", ""])
        #expect(form.missingRequired.isEmpty)
        #expect(form.handle(.function(5)) == .ignored)
    }

    @Test func editingClearsThatFieldsError() {
        var form = Form(fields: [FormField(label: "ФИО", isRequired: true, error: "Обязательное поле")])
        form.handle(.character("А"))
        #expect(form.fields[0].error == nil)
    }

    @Test func confirmDefaultsToNoAndEscCancels() {
        var d = Dialog.confirm(title: "Выход", message: "Выйти?", yes: "Да", no: "Нет")
        #expect(d.handle(.enter) == .chosen(button: 1, text: nil))
        #expect(d.handle(.left) == .pending)
        #expect(d.handle(.enter) == .chosen(button: 0, text: nil))
        #expect(d.handle(.escape) == .cancelled)
        #expect(d.handle(.character("д")) == .chosen(button: 0, text: nil))
    }

    @Test func pathInputReturnsText() {
        var d = Dialog.pathInput(title: "Экспорт", message: "Куда?", path: "/tmp/a", ok: "OK", cancel: "Отмена")
        _ = d.handle(.paste("/отчёт.csv"))
        #expect(d.handle(.enter) == .chosen(button: 0, text: "/tmp/a/отчёт.csv"))
    }

    @Test func aClippedBarLabelKeepsAGapBeforeItsBar() {
        let chart = BarChart(items: [BarItem("Водитель погрузчика", value: 58_000, valueText: "58 000")])
        var b = Buffer(size: Size(width: 30, height: 1))
        chart.render(into: &b, rect: b.area)
        #expect(b.rowText(0) == "Водитель… █████████████ 58 000")
    }

    @Test func scrollViewPercentLabelHasItsOwnRow() {
        var s = ScrollView(text: (1...20).map { "строка номер \($0)" }.joined(separator: "\n"), width: 16)
        s.fit(height: 5)
        #expect(s.pageSize == 4)
        s.handle(.end)
        var b = Buffer(size: Size(width: 16, height: 5))
        s.render(into: &b, rect: b.area)
        // The last line of text is shown whole, and the label sits alone on the bottom row.
        #expect(b.rowText(3) == "строка номер 20│")
        #expect(b.rowText(4) == "          100% ┃")
        // Content that fits needs no label and keeps every row for text.
        let short = ScrollView(text: "одна\nдве", width: 16)
        #expect(short.textRows(height: 5) == 5)
    }

    @Test func scrollViewClampsAndReportsPosition() {
        var s = ScrollView(text: (1...30).map { "строка \($0)" }.joined(separator: "\n"), width: 20, pageSize: 10)
        s.handle(.end)
        #expect(s.offset == 20 && s.percent == 100)
        s.handle(.pageDown)
        #expect(s.offset == 20)
        s.handle(.home)
        #expect(s.percent == 0)
    }

    @Test func textAreaSplitsAndJoinsLines() {
        var t = TextArea(text: "Первая")
        t.handle(.end)
        t.handle(.enter)
        for c in "Вторая" { t.handle(.character(c)) }
        #expect(t.text == "Первая\nВторая")
        t.handle(.home)
        t.handle(.backspace)
        #expect(t.text == "ПерваяВторая")
        t.handle(.paste("\nи ещё"))
        #expect(t.lines.count == 2)
    }
}
