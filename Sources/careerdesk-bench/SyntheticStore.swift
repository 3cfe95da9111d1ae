import CareerDeskCore
import Foundation

/// A small fast PRNG (SplitMix64): the same seed gives the same store on every machine.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A deterministic store of synthetic cases at job-centre scale: Cyrillic names, valid SNILS,
/// every step filled for a share of them (guidance, course, contract), notes and history, so
/// the files are the few kilobytes real ones are.
///
/// Case `i` is made from its own generator (seed, i), so cases can be made on every core and
/// still come out the same.
struct SyntheticStore {
    static let regions = ["SAK", "PER", "MOW", "TAT", "KDA", "PRI", "KHA", "MAG", "YAR", "NVS", "SPE", "KAM"]
    static let occupations = ["7212", "7233", "7223", "7411", "7413", "3131", "3113", "8113", "3134", "7126", "2512"]
    static let courseTitles = [
        "Профессиональное обучение: сварщик", "Профессиональное обучение: слесарь-ремонтник",
        "Электромонтёр по ремонту и обслуживанию электрооборудования", "Оператор станков с ЧПУ",
        "Бухгалтер: 1С и налоговый учёт", "Программист: разработка веб-приложений",
    ]
    static let surnames = [
        "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров",
        "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев",
        "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев",
        "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов", "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв",
        "Ильин", "Максимов", "Поляков", "Сорокин", "Виноградов", "Ковалёв", "Белов", "Медведев", "Антонов", "Тарасов",
        "Жуков", "Баранов", "Филиппов", "Комаров", "Давыдов", "Беляев", "Герасимов", "Богданов", "Осипов", "Ёлкин",
    ]
    static let maleNames = [
        "Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Максим", "Евгений", "Иван", "Михаил", "Артём",
        "Николай", "Владимир", "Павел", "Роман", "Олег", "Игорь", "Виктор", "Юрий", "Денис", "Антон",
    ]
    static let femaleNames = [
        "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Анна", "Мария", "Юлия", "Екатерина",
        "Анастасия", "Марина", "Дарья", "Людмила", "Галина", "Ксения", "Валентина", "Надежда", "Алёна", "Вера",
    ]
    /// Patronymic stems from fathers' names (+ович/+овна or the irregular ones).
    static let patronymics: [(male: String, female: String)] = [
        ("Александрович", "Александровна"), ("Сергеевич", "Сергеевна"), ("Дмитриевич", "Дмитриевна"),
        ("Андреевич", "Андреевна"), ("Алексеевич", "Алексеевна"), ("Иванович", "Ивановна"),
        ("Михайлович", "Михайловна"), ("Николаевич", "Николаевна"), ("Владимирович", "Владимировна"),
        ("Петрович", "Петровна"), ("Викторович", "Викторовна"), ("Юрьевич", "Юрьевна"), ("Олегович", "Олеговна"),
        ("Ильич", "Ильинична"), ("Павлович", "Павловна"),
    ]
    static let municipalities = [
        "Южно-Сахалинск", "Корсаков", "Пермь", "Краснокамск", "Казань", "Набережные Челны", "Краснодар", "Сочи",
        "Владивосток", "Хабаровск", "Магадан", "Ярославль", "Новосибирск", "Москва", "Санкт-Петербург",
    ]
    static let noteSentences = [
        "Соискатель пришёл на консультацию вовремя, документы в порядке.",
        "Обсудили результаты опросника: выраженный практический интерес, готов к обучению в очном формате.",
        "Рекомендовано уточнить у работодателя возможность стажировки после окончания курса.",
        "Справка о доходах за последние шесть месяцев получена и проверена.",
        "Соискатель просит учесть график: ребёнок в детском саду до 18:00.",
        "Связались с учебным центром, места на ближайший поток есть, начало занятий в следующем месяце.",
        "Повторная встреча назначена; соискатель принесёт диплом о среднем профессиональном образовании.",
        "Договор прочитан вместе с соискателем, вопросы по порогу дохода и предельной сумме сняты.",
    ]

    let seed: UInt64
    let count: Int
    let now: Date

    /// The `i`-th case of the store.
    func makeCase(_ i: Int) -> Case {
        var random = SplitMix64(seed: seed ^ (UInt64(i) &* 0x2545_F491_4F6C_DD1D))
        let regionCount = Self.regions.count
        let region = Self.regions[i % regionCount]
        let year = 2025 + (i / regionCount) % 2
        let sequence = i / (regionCount * 2) + 1
        let id = CaseID(region: region, year: year, sequence: sequence)!
        let female = Bool.random(using: &random)
        let surname = Self.surnames.randomElement(using: &random)!
        let patronymic = Self.patronymics.randomElement(using: &random)!
        let name =
            female
            ? "\(surname)а \(Self.femaleNames.randomElement(using: &random)!) \(patronymic.female)"
            : "\(surname) \(Self.maleNames.randomElement(using: &random)!) \(patronymic.male)"
        let opened = now.addingTimeInterval(-Double(Int.random(in: 3_600...(400 * 86_400), using: &random)))
        let openedDay = LocalDate(opened, timeZone: TimeZone(identifier: "UTC")!)
        let seeker = JobSeeker(
            fullName: name,
            birthDate: LocalDate(
                year: Int.random(in: 1962...2004, using: &random), month: Int.random(in: 1...12, using: &random),
                day: Int.random(in: 1...28, using: &random)),
            snils: Self.snils(&random), phone: "+79\(Int.random(in: 100_000_000...999_999_999, using: &random))",
            email: "seeker\(i)@example.ru", region: region,
            municipality: Self.municipalities.randomElement(using: &random),
            educationLevel: EducationLevel.allCases.randomElement(using: &random),
            employmentStatus: .unemployed,
            unemployedSince: openedDay.adding(months: -Int.random(in: 1...30, using: &random)),
            currentOccupation: "продавец-консультант",
            baselineIncome: Money(roubles: Int64.random(in: 18_000...65_000, using: &random)),
            yearsOfExperience: Int.random(in: 0...30, using: &random),
            priorityGroups: Bool.random(using: &random) ? [.longTermUnemployed] : [],
            constraints: Constraints(relocation: .withinRegion, schedule: .daytime, format: .blended),
            consent: Consent(given: true, date: openedDay))
        var item = Case(id: id, seeker: seeker, caseworker: "Петрова Н. В.", createdAt: opened)
        item.revision = Int.random(in: 1...12, using: &random)
        let roll = Int.random(in: 0..<100, using: &random)
        item.stage =
            roll < 30 ? .profile : roll < 55 ? .guidance : roll < 75 ? .course : roll < 95 ? .contract : .review
        let statusRoll = Int.random(in: 0..<100, using: &random)
        item.status = statusRoll < 80 ? .open : statusRoll < 90 ? .onHold : .closed
        let step = opened.addingTimeInterval(86_400 * 7)
        let occupation = Self.occupations.randomElement(using: &random)!
        if item.stage >= .guidance {
            let ownBusiness = Int.random(in: 0..<10, using: &random) == 0
            item.guidance = Guidance(
                questionnaireId: "riasec-36",
                answers: (0..<36).map { _ in Int.random(in: 0...5, using: &random) }.map { $0 == 0 ? nil : $0 },
                riasec: RIASECScores(
                    realistic: Int.random(in: 0...100, using: &random),
                    investigative: Int.random(in: 0...100, using: &random),
                    artistic: Int.random(in: 0...100, using: &random), social: Int.random(in: 0...100, using: &random),
                    enterprising: Int.random(in: 0...100, using: &random),
                    conventional: Int.random(in: 0...100, using: &random)),
                hollandCode: ["RIC", "SEC", "RCE", "IAS", "ECS"].randomElement(using: &random),
                skills: ["welding-basics", "blueprints", "pc-user", "customer-service"].shuffled(using: &random)
                    .prefix(Int.random(in: 1...4, using: &random)).map { $0 },
                track: ownBusiness ? .ownBusiness : .employment, targetOccupation: ownBusiness ? nil : occupation,
                supportMeasures: ["unemployment-benefit"], completedAt: step)
        }
        if item.stage >= .course {
            let cost = Money(roubles: Int64.random(in: 30...140, using: &random) * 1_000)
            item.course = CourseChoice(
                courseId: "\(region)-\(occupation)-01", title: Self.courseTitles.randomElement(using: &random)!,
                provider: "ГБПОУ «Региональный политехнический колледж»", cost: cost, hours: 480, durationMonths: 4,
                startDate: openedDay.adding(months: 1), format: .inPerson, chosenAt: step.addingTimeInterval(86_400))
            if item.stage >= .contract {
                var contract = Contract(
                    programmeId: "earning-money-together",
                    parties: ContractParties(
                        seeker: SeekerParty(seeker),
                        provider: Organisation(name: "ГБПОУ «Региональный политехнический колледж»", inn: "6501025864"),
                        investor: Organisation(
                            name: "Фонд развития «Вместе»", inn: "7707083893", representative: "Сидоров С. С.")),
                    terms: ContractTerms(
                        fundedAmount: cost, baselineIncome: seeker.baselineIncome,
                        targetIncome: seeker.baselineIncome + Money(roubles: 25_000),
                        minimumIncrease: Money(roubles: 10_000), shareBasisPoints: 1500, capMultipleHundredths: 150,
                        termPayments: 36, windowMonths: 60, graceMonths: 3, courseMonths: 4),
                    courseStart: openedDay.adding(months: 1), courseEnd: openedDay.adding(months: 5))
                let moves: [ContractStatus] = [.ready, .signed, .active]
                for next in moves.prefix(Int.random(in: 0...3, using: &random)) {
                    try? contract.move(to: next, by: "Петрова Н. В.", at: step.addingTimeInterval(2 * 86_400))
                }
                item.contract = contract
            }
        }
        for n in 0..<Int.random(in: 0...6, using: &random) {
            let text = (0..<Int.random(in: 1...4, using: &random)).map { _ in
                Self.noteSentences.randomElement(using: &random)!
            }.joined(separator: " ")
            item.notes.append(
                CaseNote(
                    at: opened.addingTimeInterval(Double(n + 1) * 3_600), author: "Петрова Н. В.", stage: item.stage,
                    text: text))
        }
        for n in 0..<Int.random(in: 0...6, using: &random) {
            item.history.append(
                HistoryEntry(
                    at: opened.addingTimeInterval(Double(n + 1) * 7_200), by: "Петрова Н. В.", action: "update",
                    fields: ["seeker.phone", "notes", "guidance.answers"].prefix(n % 3 + 1).map { $0 }))
        }
        item.updatedAt = item.history.last?.at ?? opened
        return item
    }

    /// A valid SNILS (above 001-001-998, so its check number counts).
    static func snils(_ random: inout SplitMix64) -> String {
        let number = Int.random(in: 2_000_000...999_999_999, using: &random)
        let digits = String(format: "%09d", number).compactMap(\.wholeNumberValue)
        let s = digits.map(String.init).joined()
        let check = SNILS.checkNumber(digits)
        return "\(s.prefix(3))-\(s.dropFirst(3).prefix(3))-\(s.dropFirst(6)) \(String(format: "%02d", check))"
    }

    /// Writes every case file straight into `<root>/cases` with the store's own encoder (the
    /// full save path, with its fsyncs and audit lines, would take hours for 100 000), on every
    /// core. Returns the bytes written.
    func write(to root: URL) throws -> Int {
        let store = try FileCaseStore(root: root)
        let directory = store.casesDirectory
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunk = (count + workers - 1) / workers
        let sizes = UnsafeMutableBufferPointer<Int>.allocate(capacity: workers)
        sizes.initialize(repeating: 0)
        defer { sizes.deallocate() }
        nonisolated(unsafe) let slots = sizes
        let generator = self
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let encoder = CaseCoding.encoder()
            for i in (worker * chunk)..<min(generator.count, (worker + 1) * chunk) {
                let item = generator.makeCase(i)
                guard let data = try? encoder.encode(item) else { continue }
                let path = directory.appendingPathComponent("\(item.id).json").path
                let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
                guard fd >= 0 else { continue }
                _ = data.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
                close(fd)
                slots[worker] += data.count
            }
        }
        return sizes.reduce(0, +)
    }
}
