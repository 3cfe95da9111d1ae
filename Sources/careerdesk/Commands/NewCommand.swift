import ArgumentParser
import CareerDeskCore
import Foundation

/// Opens a new case for a job seeker and prints its id.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Open a new case and print its id.")

    @OptionGroup var store: StoreOptions

    @Option(help: "Full name, e.g. \"Иванова Мария Петровна\".") var name: String
    @Option(name: .customLong("birth-date"), help: "Birth date, DD.MM.YYYY or YYYY-MM-DD.") var birthDate: String
    @Option(help: "SNILS, 11 digits (XXX-XXX-XXX YY).") var snils: String
    @Option(help: "Region code, e.g. SAK, PER, MOW.") var region: String
    @Option(help: "Municipality, e.g. \"Краснокамск\".") var municipality: String?
    @Option(help: "Baseline monthly income in roubles, e.g. 35000 or 35000.50.") var income: String?
    @Option(help: "Phone, +7 and 10 digits.") var phone: String?
    @Option(help: "E-mail address.") var email: String?
    @Flag(help: "The seeker has signed consent to personal-data processing (required).") var consent = false
    @Flag(name: .customLong("allow-duplicate"), help: "Open the case even if the SNILS is already in the store.")
    var allowDuplicate = false

    func run() throws {
        let language = store.language
        guard consent else { throw CommandError(CommandText.consentRequired(language)) }
        let clock = environmentClock()
        let today = LocalDate(clock.now)
        guard let birth = LocalDate(parsing: birthDate) else {
            throw CommandError(CommandText.badDate.with(["value": birthDate])(language))
        }
        var baseline = Money.zero
        if let income {
            guard let value = Money(parsing: income) else {
                throw CommandError(CommandText.badMoney.with(["value": income])(language))
            }
            baseline = value
        }
        let seeker = JobSeeker(
            fullName: name.trimmingCharacters(in: .whitespacesAndNewlines), birthDate: birth,
            snils: SNILS.normalized(snils) ?? snils,
            phone: phone.map { PhoneNumber.normalized($0) ?? $0 }, email: email,
            region: region.uppercased(), municipality: municipality, baselineIncome: baseline,
            consent: Consent(given: true, date: today))
        let problems = JobSeekerValidator(today: today).validate(seeker)
        if !problems.isEmpty {
            throw CommandError(
                ([CommandText.invalidInput(language)] + problems.map { "  " + $0.text(language) }).joined(
                    separator: "\n"))
        }
        let cases = try store.open()
        do {
            // The SNILS check and the write happen under the store's lock (two desks, one seeker).
            let created = try cases.create(
                seeker: seeker, caseworker: store.caseworkerName, allowDuplicateSNILS: allowDuplicate)
            out(created.id.description)
        } catch .duplicateSNILS(let existing) {
            throw CommandError(CommandText.duplicateSNILS.with(["id": existing.description])(language))
        } catch {
            // The case exists without its audit line: its id still goes to stdout.
            if case .auditNotWritten(let id, _, _) = error { out(id.description) }
            throw CommandError(error.text(language))
        }
    }
}
