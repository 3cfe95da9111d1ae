import Testing

@testable import CareerDeskCore

@Suite struct INNTests {
    @Test(arguments: ["7707083893", "7736050003", "500100732259", " 7707083893 "])
    func validNumbers(_ inn: String) {
        #expect(INN.isValid(inn))
        #expect(INN.problem(inn) == nil)
    }

    @Test func wrongCheckDigits() {
        // The last digit changed (10 digits), the 11th and the 12th changed (12 digits).
        #expect(INN.problem("7707083894") == .checkDigit)
        #expect(INN.problem("500100732269") == .checkDigit)
        #expect(INN.problem("500100732258") == .checkDigit)
        // Two digits swapped: the weighted sum notices.
        #expect(INN.problem("7770083893") == .checkDigit)
    }

    @Test func malformed() {
        #expect(INN.problem("770708389") == .wrongLength)
        #expect(INN.problem("77070838931") == .wrongLength)
        #expect(INN.problem("") == .wrongLength)
        #expect(INN.problem("77070838a3") == .notDigits)
        #expect(INN.problem("7707-083893") == .notDigits)
        #expect(INN.problem("٧٧٠٧٠٨٣٨٩٣") == .notDigits)
    }
}
