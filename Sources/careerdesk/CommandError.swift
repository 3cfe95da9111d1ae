import ArgumentParser
import CareerDeskCore
import Foundation

/// A failure a person can act on: printed to stderr as one or more lines, no stack trace,
/// and a non-zero exit code (1 by default).
struct CommandError: Error, CustomStringConvertible {
    let message: String
    let exitCode: Int32

    init(_ message: String, exitCode: Int32 = 1) {
        self.message = message
        self.exitCode = exitCode
    }

    init(_ text: LocalizedText, language: Language = .current, exitCode: Int32 = 1) {
        self.init(text(language), exitCode: exitCode)
    }

    var description: String { message }
}

/// Writes the error to stderr and exits; every command's `run()` failure ends here.
func fail(_ error: CommandError) -> Never {
    FileHandle.standardError.write(Data((error.message + "\n").utf8))
    Foundation.exit(error.exitCode)
}

/// Prints a line to stdout (kept in one place so commands stay easy to read).
func out(_ line: String) {
    print(line)
}

/// Encodes a value as the JSON the command line prints: sorted keys, ISO dates, pretty.
func printJSON<T: Encodable>(_ value: T) throws {
    let data = try CaseCoding.encoder().encode(value)
    FileHandle.standardOutput.write(data)
    FileHandle.standardOutput.write(Data("\n".utf8))
}
