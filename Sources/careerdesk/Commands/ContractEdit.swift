import CareerDeskCore
import Foundation

/// Loads a case under its lock, changes its signed contract and saves it: the one path the
/// follow-up, payment and pause commands write through.
extension StoreOptions {
    func editContract(_ idText: String, _ change: (inout Contract, Date) throws -> Void) throws -> Case {
        let language = self.language
        let caseID = try self.caseID(idText)
        let cases = try open()
        do {
            let lock = try cases.lock(caseID, caseworker: caseworkerName)
            var item = try cases.load(caseID)
            guard var contract = item.contract, contract.isSigned else {
                throw CommandError(LedgerText.noContract.with(["id": caseID.description])(language))
            }
            try change(&contract, environmentClock().now)
            item.contract = contract
            return try cases.save(item, by: caseworkerName, lock: lock)
        } catch let error as StoreError {
            throw CommandError(error.text(language))
        } catch let error as ContractError {
            throw CommandError(error.message(language))
        }
    }

    func date(_ text: String, option: String) throws -> LocalDate {
        guard let date = LocalDate(parsing: text) else {
            throw CommandError(LedgerText.badDate.with(["option": option, "value": String(text.prefix(40))])(language))
        }
        return date
    }

    func amount(_ text: String, option: String) throws -> Money {
        guard let money = Money(parsing: text), money > .zero else {
            throw CommandError(
                LedgerText.badAmount.with(["option": option, "value": String(text.prefix(40))])(language))
        }
        return money
    }

    /// Today in the officer's zone, from the command line's clock (`CAREERDESK_NOW` in tests).
    var today: LocalDate { LocalDate(environmentClock().now) }
}
