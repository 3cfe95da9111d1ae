import CareerDeskCore
import Foundation
import TerminalKit

/// The intake form: every field of `JobSeeker`, with masks, inline messages and the consent tick.
public struct ProfileForm: Hashable, Sendable {
    public var list: FieldList
    /// Region codes in the order of the region choice (index 0 is "not chosen").
    let regionCodes: [String]
    /// Show "required" on empty fields too (after a save was asked for), not only wrong values.
    public var showAllErrors: Bool
    /// The consent date kept from the case (a new tick dates it today).
    var consentDate: LocalDate?
    /// Rows the officer has changed: their messages show even when the value is empty
    /// (consent unticked, a choice set back to "not chosen").
    var touched: Set<String> = []
    /// The desk's language: how dates and amounts are typed (`FieldFormat`).
    let language: Language

    static let education: [EducationLevel?] = [nil] + EducationLevel.allCases.map { $0 }
    static let employment: [EmploymentStatus?] = [nil] + EmploymentStatus.allCases.map { $0 }

    public init(seeker: JobSeeker, context: DeskContext) {
        let lang = context.language
        language = lang
        func t(_ text: LocalizedText) -> String { text(lang) }
        let none = t(ProfileText.notChosen)
        let regions = context.catalog.regions
        regionCodes = [""] + regions.map(\.code)
        let regionNames = [none] + regions.map { "\($0.code) \($0.name(lang))" }
        func text(
            _ key: String, _ label: LocalizedText, _ value: String, mask: InputMask = .none, max: Int = 200,
            required: Bool = false
        ) -> FieldRow {
            FieldRow(
                key: key, label: t(label), kind: .text(TextField(text: value, mask: mask, maxLength: max)),
                isRequired: required)
        }
        var rows: [FieldRow] = [
            text("fullName", ProfileText.fullName, seeker.fullName, required: true),
            text(
                "birthDate", ProfileText.birthDate, FieldFormat.dateField(seeker.birthDate, lang),
                mask: FieldFormat.dateMask(lang), required: true),
            text(
                "snils", ProfileText.snils, seeker.snils.filter(\.isASCIIDigit),
                mask: .snils(placeholder: "___-___-___ __"),
                required: true),
            text("phone", ProfileText.phone, seeker.phone ?? "", max: 20),
            text("email", ProfileText.email, seeker.email ?? "", max: 100),
            FieldRow(
                key: "region", label: t(ProfileText.region),
                kind: .choice(options: regionNames, index: regionCodes.firstIndex(of: seeker.region) ?? 0),
                isRequired: true),
            text("municipality", ProfileText.municipality, seeker.municipality ?? ""),
            FieldRow(
                key: "educationLevel", label: t(ProfileText.education),
                kind: .choice(
                    options: Self.education.map { $0.map { DocumentText.education($0)(lang) } ?? none },
                    index: Self.education.firstIndex(of: seeker.educationLevel) ?? 0)),
            FieldRow(
                key: "employmentStatus", label: t(ProfileText.employment),
                kind: .choice(
                    options: Self.employment.map { $0.map { DocumentText.employment($0)(lang) } ?? none },
                    index: Self.employment.firstIndex(of: seeker.employmentStatus) ?? 0)),
            text(
                "unemployedSince", ProfileText.unemployedSince,
                FieldFormat.dateField(seeker.unemployedSince, lang), mask: FieldFormat.dateMask(lang)),
            text("currentOccupation", ProfileText.currentOccupation, seeker.currentOccupation ?? ""),
            text(
                "baselineIncome", ProfileText.baselineIncome,
                FieldFormat.moneyField(seeker.baselineIncome == .zero ? nil : seeker.baselineIncome, lang),
                mask: FieldFormat.moneyMask(lang), max: 16),
            text(
                "yearsOfExperience", ProfileText.experience, seeker.yearsOfExperience.map(String.init) ?? "",
                mask: .digits, max: 2),
        ]
        for group in PriorityGroup.allCases {
            rows.append(
                FieldRow(
                    key: "priority.\(group.rawValue)", label: DocumentText.priorityGroup(group)(lang),
                    kind: .flag(seeker.priorityGroups.contains(group))))
        }
        rows.append(
            FieldRow(
                key: "relocation", label: t(ProfileText.relocation),
                kind: .choice(
                    options: Constraints.Relocation.allCases.map { DocumentText.relocation($0)(lang) },
                    index: Constraints.Relocation.allCases.firstIndex(of: seeker.constraints.relocation) ?? 0)))
        rows.append(
            FieldRow(
                key: "schedule", label: t(ProfileText.schedule),
                kind: .choice(
                    options: Constraints.Schedule.allCases.map { DocumentText.schedule($0)(lang) },
                    index: Constraints.Schedule.allCases.firstIndex(of: seeker.constraints.schedule) ?? 0)))
        rows.append(
            FieldRow(
                key: "format", label: t(ProfileText.format),
                kind: .choice(
                    options: LearningFormat.allCases.map { DocumentText.format($0)(lang) },
                    index: LearningFormat.allCases.firstIndex(of: seeker.constraints.format) ?? 0)))
        rows.append(
            FieldRow(
                key: "consent", label: t(ProfileText.consent), kind: .flag(seeker.consent.given), isRequired: true))
        list = FieldList(rows: rows, labelWidth: 29)
        showAllErrors = false
        consentDate = seeker.consent.date
    }

    /// What was typed, row by row, for the recovery journal.
    public var texts: [String: String] {
        Dictionary(uniqueKeysWithValues: list.rows.map { ($0.key, $0.rawValue) })
    }

    public mutating func restore(_ texts: [String: String]) {
        for i in list.rows.indices {
            if let raw = texts[list.rows[i].key] { list.rows[i].restore(raw) }
        }
    }

    /// The seeker as typed, on top of `base` (fields the form does not show are kept), and the
    /// messages for values that do not even parse (a half-typed date).
    public func seeker(base: JobSeeker, today: LocalDate) -> (seeker: JobSeeker, parseErrors: [String: LocalizedText]) {
        var s = base
        var errors: [String: LocalizedText] = [:]
        func value(_ key: String) -> String { list[key]?.textValue.trimmingCharacters(in: .whitespaces) ?? "" }
        func optional(_ key: String) -> String? {
            let v = value(key)
            return v.isEmpty ? nil : v
        }
        func date(_ key: String) -> LocalDate? {
            let v = value(key)
            if v.isEmpty { return nil }
            guard let d = LocalDate(parsing: v) else {
                errors[key] = ValidationText.dateShape
                return nil
            }
            return d
        }
        s.fullName = value("fullName")
        s.birthDate = date("birthDate")
        s.snils = value("snils")
        s.phone = optional("phone").map { PhoneNumber.normalized($0) ?? $0 }
        s.email = optional("email")
        let regionIndex = list["region"]?.choiceIndex ?? 0
        s.region = regionCodes.indices.contains(regionIndex) ? regionCodes[regionIndex] : ""
        s.municipality = optional("municipality")
        s.educationLevel = Self.education[list["educationLevel"]?.choiceIndex ?? 0]
        s.employmentStatus = Self.employment[list["employmentStatus"]?.choiceIndex ?? 0]
        s.unemployedSince = date("unemployedSince")
        s.currentOccupation = optional("currentOccupation")
        let income = value("baselineIncome")
        if income.isEmpty {
            s.baselineIncome = .zero
        } else if let money = FieldFormat.money(income, language) {
            s.baselineIncome = money
        } else {
            errors["baselineIncome"] =
                FieldFormat.isBeyondCeiling(income, language)
                ? ValidationText.moneyBeyondCeiling : ValidationText.moneyShape
        }
        s.yearsOfExperience = Int(value("yearsOfExperience"))
        s.priorityGroups = PriorityGroup.allCases.filter { list["priority.\($0.rawValue)"]?.isOn == true }
        s.constraints.relocation = Constraints.Relocation.allCases[list["relocation"]?.choiceIndex ?? 0]
        s.constraints.schedule = Constraints.Schedule.allCases[list["schedule"]?.choiceIndex ?? 0]
        s.constraints.format = LearningFormat.allCases[list["format"]?.choiceIndex ?? 0]
        let consent = list["consent"]?.isOn == true
        if consent {
            s.consent.given = true
            s.consent.date = s.consent.date ?? consentDate ?? today
            s.consent.withdrawnOn = nil
        } else {
            s.consent.given = false
        }
        return (s, errors)
    }

    /// Validates what was typed, puts the messages beside the fields, and returns the seeker
    /// when it is complete and valid (nil otherwise).
    public mutating func check(base: JobSeeker, today: LocalDate, language: Language) -> JobSeeker? {
        let (seeker, parseErrors) = seeker(base: base, today: today)
        var messages: [String: String] = parseErrors.mapValues { $0(language) }
        for problem in JobSeekerValidator(today: today).validate(seeker) {
            let key = String(problem.field.dropFirst("seeker.".count))
            if messages[key] == nil { messages[key] = problem.message(language) }
        }
        for i in list.rows.indices {
            let row = list.rows[i]
            let message = messages[row.key]
            let typed = touched.contains(row.key) || (!row.rawValue.isEmpty && row.rawValue != "0")
            let complete: Bool
            if case .text(let field) = row.kind, let capacity = field.mask.capacity {
                complete = field.text.count >= capacity
            } else {
                complete = true
            }
            let stillTyping = i == list.focus && !complete
            let visible = showAllErrors || (typed && !stillTyping)
            list.rows[i].error = visible ? message : nil
        }
        return messages.isEmpty ? seeker : nil
    }
}

/// Step 1: the intake form. A new case is created once the form is valid and consent is
/// ticked (after the duplicates check); an existing case takes every valid change.
public enum ProfileStep: CaseStepScreen {
    public static let stage = CaseStage.profile

    public static func enter(_ session: inout CaseSession, context: DeskContext, now: Date) {
        _ = session.profile.check(base: session.item.seeker, today: LocalDate(now), language: context.language)
    }

    /// The step's keys: dispatch, key bar and help (issue 17.7). Other keys go to the form.
    static let table = StepKeyTable(bindings: [
        StepKeyBinding(
            [.tab, .backTab, .down, .up, .enter, .pageDown, .pageUp], bar: DeskText.keyMove,
            help: ProfileText.helpFields
        ) { key, session, context, now in formKey(key, &session, context: context, now: now) },
        StepKeyBinding(
            [ContractStep.nextProblemKey], bar: ProfileText.keyNextMissing, help: ProfileText.helpNextMissing,
            when: { s, _ in !s.isReadOnly && s.profile.list.firstNeedingInput != nil }
        ) { _, session, context, _ in nextMissing(&session, context: context) },
        StepKeyBinding([ContractStep.nextProblemKey], help: ProfileText.helpNextMissing) {
            _, session, context, _ in nextMissing(&session, context: context)
        },
        StepKeyBinding([.character(" ")], bar: DeskText.keyChoose, help: ProfileText.helpChoose) {
            key, session, context, now in formKey(key, &session, context: context, now: now)
        },
    ])

    public static func handle(_ key: Key, _ session: inout CaseSession, context: DeskContext, now: Date) -> StepReply {
        table.handle(key, &session, context: context, now: now) ?? formKey(key, &session, context: context, now: now)
    }

    static func nextMissing(_ session: inout CaseSession, context: DeskContext) -> StepReply {
        if session.profile.list.focusNextNeedingInput() { return .handled }
        return StepReply(notice: .info(context.text(ProfileText.nothingMissing)))
    }

    /// A key for the form: the edit, then the form checked again.
    static func formKey(_ key: Key, _ session: inout CaseSession, context: DeskContext, now: Date) -> StepReply {
        let before = session.profile.list.focusedRow
        guard session.profile.list.handle(key) == .handled else { return .ignored }
        if let row = before, let after = session.profile.list[row.key], after.rawValue != row.rawValue {
            session.profile.touched.insert(row.key)
        }
        apply(&session, context: context, now: now)
        return .handled
    }

    /// Re-validates the form and takes a valid seeker into the working copy.
    static func apply(_ session: inout CaseSession, context: DeskContext, now: Date) {
        if let seeker = session.profile.check(
            base: session.item.seeker, today: LocalDate(now), language: context.language),
            seeker != session.item.seeker
        {
            session.item.seeker = seeker
        }
    }

    public static func dialogAnswered(
        tag: String, result: DialogResult, _ session: inout CaseSession, context: DeskContext, now: Date
    ) -> StepReply { .handled }

    public static func render(_ session: CaseSession, context: DeskContext, into buffer: inout Buffer, rect: Rect) {
        var list = session.profile.list
        list.fit(width: rect.width)
        let (top, rest) = rect.splitTop(1)
        let lang = context.language
        let hint =
            session.isNew
            ? ProfileText.newCaseHint(lang) : ProfileText.hint(lang)
        buffer.drawLine(hint, in: top, style: Theme.standard.hint)
        list.render(into: &buffer, rect: rest)
    }

    public static func keys(_ session: CaseSession, context: DeskContext) -> [KeyBarItem] {
        table.bar(session, context: context)
    }

    public static func help(_ language: Language) -> String { ProfileText.help(language) + "\n" + table.help(language) }

    public static func isDone(_ item: Case) -> Bool {
        item.revision > 0 && item.seeker.consent.given && !item.seeker.fullName.isEmpty
    }
}
