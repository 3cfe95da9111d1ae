import ArgumentParser
import CareerDeskCore
import Foundation

/// Anonymises a case whose seeker withdrew consent: the person's data is removed, the case's
/// statistics stay (see `Anonymisation`). Audited with the case id and field names only.
struct AnonymiseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "anonymise",
        abstract: "Anonymise a case whose consent to personal-data processing was withdrawn.",
        discussion: """
            Removes the name, SNILS, phone, e-mail, municipality, current occupation and the text of notes and \
            feedback, and keeps only the year of the birth date; region, stage, status, education, employment, \
            priority groups, guidance, course and contract stay for statistics. Refused unless consent is \
            withdrawn: --withdraw-consent records the withdrawal first (today, or --withdrawn-on DATE). \
            This cannot be undone.
            """)

    @OptionGroup var store: StoreOptions
    @Argument(help: "The case id, e.g. SAK-2026-000042.") var id: String
    @Flag(name: .customLong("withdraw-consent"), help: "Record that the seeker withdrew consent, then anonymise.")
    var withdrawConsent = false
    @Option(name: .customLong("withdrawn-on"), help: "The day consent was withdrawn (default: today).")
    var withdrawnOn: String?

    func run() throws {
        let language = store.language
        let caseID = try store.caseID(id)
        let cases = try store.open()
        let caseworker = store.caseworkerName
        let now = environmentClock().now
        var day = LocalDate(now)
        if let withdrawnOn {
            guard let parsed = LocalDate(parsing: withdrawnOn) else {
                throw CommandError(PrivacyText.badWithdrawalDate(language))
            }
            day = parsed
        }
        do {
            let lock = try cases.lock(caseID, caseworker: caseworker)
            defer { lock.release() }
            var item = try cases.load(caseID)
            if withdrawConsent, item.seeker.consent.withdrawnOn == nil {
                item = Anonymisation.withdrawingConsent(item, on: day, by: caseworker, at: now)
                out(PrivacyText.consentWithdrawn.with(["id": caseID.description, "date": day.iso])(language))
            }
            let anonymous = try Anonymisation.anonymised(item, by: caseworker, at: now)
            // The case anonymised without its audit line is still anonymised: said, then the error.
            var notAudited: StoreError?
            do throws(StoreError) {
                _ = try cases.save(anonymous, by: caseworker, lock: lock)
            } catch {
                guard case .auditNotWritten = error else { throw error }
                notAudited = error
            }
            let saved = try cases.load(caseID)
            do throws(StoreError) {
                try cases.audit.append(
                    AuditEntry(
                        at: now, caseworker: caseworker, caseId: caseID.description, action: Anonymisation.action,
                        fields: Anonymisation.clearedFields), savedAs: saved)
            } catch {
                notAudited = notAudited ?? error
            }
            out(PrivacyText.anonymised.with(["id": caseID.description])(language))
            let scrubbed = cases.forgetPersonalData(of: caseID)
            if let notAudited { throw notAudited }
            if !scrubbed {
                throw CommandError(PrivacyText.indexNotScrubbed.with(["id": caseID.description])(language))
            }
        } catch let error as StoreError {
            throw CommandError(error.text(language))
        } catch let error as AnonymisationError {
            throw CommandError(error.text(language))
        }
    }
}
