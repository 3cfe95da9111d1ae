import Foundation

/// Checks the intake form and returns every problem at once, field by field.
public struct JobSeekerValidator: Sendable {
    /// Monthly income above this is almost certainly a typing error (an extra zero).
    public static let incomeCeiling = Money(roubles: 10_000_000)
    public static let ageRange = 14...80
    public static let maxTextLength = 200

    /// The day ages are counted on.
    public let today: LocalDate

    public init(today: LocalDate) { self.today = today }

    public func validate(_ seeker: JobSeeker) -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        func add(_ field: String, _ text: LocalizedText) {
            problems.append(ValidationProblem(field: "seeker.\(field)", message: text))
        }

        checkText(seeker.fullName, field: "fullName", required: true, into: &problems)
        if let birthDate = seeker.birthDate {
            if birthDate > today {
                add("birthDate", ValidationText.birthDateFuture)
            } else {
                let age = birthDate.years(until: today)
                if !Self.ageRange.contains(age) {
                    add("birthDate", ValidationText.birthDateAge.with(["age": String(age)]))
                }
            }
        } else {
            add("birthDate", ValidationText.required)
        }
        if seeker.snils.trimmingCharacters(in: .whitespaces).isEmpty {
            add("snils", ValidationText.required)
        } else if SNILS.digits(of: seeker.snils) == nil {
            add("snils", ValidationText.snilsShape)
        } else if !SNILS.isValid(seeker.snils) {
            add("snils", ValidationText.snilsChecksum)
        }
        if let phone = seeker.phone, !phone.isEmpty, PhoneNumber.normalized(phone) == nil {
            add("phone", ValidationText.phone)
        }
        if let email = seeker.email, !email.isEmpty, !EmailAddress.isValid(email) {
            add("email", ValidationText.email)
        }
        if seeker.region.isEmpty {
            add("region", ValidationText.required)
        } else if seeker.region.count != 3 || !seeker.region.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) {
            add("region", ValidationText.region)
        }
        checkText(seeker.municipality, field: "municipality", required: false, into: &problems)
        checkText(seeker.currentOccupation, field: "currentOccupation", required: false, into: &problems)
        if seeker.baselineIncome < .zero {
            add("baselineIncome", ValidationText.incomeNegative)
        } else if seeker.baselineIncome > Self.incomeCeiling {
            add(
                "baselineIncome",
                LocalizedText(
                    ru: ValidationText.incomeCeiling.ru.replacingOccurrences(
                        of: "{ceiling}", with: Self.incomeCeiling.formatted(.ru, kopecks: false)),
                    en: ValidationText.incomeCeiling.en.replacingOccurrences(
                        of: "{ceiling}", with: Self.incomeCeiling.formatted(.en, kopecks: false))))
        }
        if let years = seeker.yearsOfExperience, !(0...65).contains(years) {
            add("yearsOfExperience", ValidationText.experience)
        }
        if !seeker.consent.given || seeker.consent.date == nil {
            add("consent", ValidationText.consent)
        }
        return problems
    }

    private func checkText(_ text: String?, field: String, required: Bool, into problems: inout [ValidationProblem]) {
        let value = text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let path = "seeker.\(field)"
        if value.isEmpty {
            if required { problems.append(ValidationProblem(field: path, message: ValidationText.required)) }
            return
        }
        if value.count > Self.maxTextLength {
            problems.append(
                ValidationProblem(
                    field: path, message: ValidationText.tooLong.with(["max": String(Self.maxTextLength)])))
        }
        if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            problems.append(ValidationProblem(field: path, message: ValidationText.controlCharacters))
        }
    }
}
