import ArgumentParser
import Chronograph
import ChronographCore
import Foundation

@main
struct ChronographCommand: ParsableCommand {
    // No default subcommand: a mistyped one ("relatd") is a usage error, never a build that
    // overwrites exports/.
    static let configuration = CommandConfiguration(
        commandName: "chronograph",
        abstract: "Turns narrative community profiles into a knowledge graph and chronological timelines.",
        discussion: """
        Exit status: 0 success; 1 bad input or a failed write; 2 nothing matched, or a name that \
        is unknown or ambiguous (the closest candidates are listed); 64 usage error.
        """,
        version: "0.12.0",
        subcommands: [
            Build.self,
            Timeline.self,
            Dates.self,
            Entities.self,
            Show.self,
            Related.self,
            Communities.self,
            Search.self,
            Bench.self,
            BenchRelated.self,
            Evidence.self,
        ]
    )

    /// ArgumentParser's own errors as one line too (help and --version print as usual).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as ExitCode {
            exit(withError: error)
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            let message = self.message(for: error).replacingOccurrences(of: "\n", with: " ")
            FileHandle.standardError.write(Data("chronograph: error: \(message) (see 'chronograph --help')\n".utf8))
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
    }
}

/// Turns the library's errors into one line on stderr, `chronograph: error: FILE:LINE: message`,
/// and the documented exit status.
func runReportingErrors(_ body: () throws -> Void) throws {
    func fail(_ message: CustomStringConvertible, _ status: Int32) -> ExitCode {
        let line = message.description.replacingOccurrences(of: "\n", with: " ")
        FileHandle.standardError.write(Data("chronograph: error: \(line)\n".utf8))
        return ExitCode(status)
    }
    do {
        try body()
    } catch let error as ChronographError {
        throw fail(error, 1)
    } catch let error as NameError {
        throw fail(error, 2)
    } catch let error as NothingMatched {
        throw fail(error, 2)
    } catch let error as UsageError {
        throw fail(error, ExitCode.validationFailure.rawValue)
    }
}

/// Prints `json` or `text`; an empty result then exits 2 (`what` says what matched nothing).
func printResult(json: Bool, _ document: @autoclosure () -> JSONValue, empty: Bool, what: String,
                 text: @autoclosure () -> String) throws {
    let output = json ? JSONSerializer.serialize(document()) : text()
    print(output, terminator: output.hasSuffix("\n") ? "" : "\n")
    if empty { throw NothingMatched("no \(what) match") }
}

/// Where the query commands read the built exports from.
struct ExportsFolder: ParsableArguments {
    @Option(name: .customLong("from"), help: "Directory holding the built exports (chronograph.sqlite, or graph.json and timeline.json).")
    var path: String = "exports"
}

/// The date of writing, for news-style text: anchors "this year", "last year", "today".
struct ReferenceDate: ParsableArguments {
    @Option(name: .customLong("reference-date"), help: "Date of writing (YYYY-MM-DD), to resolve \"this year\", \"last year\".")
    var text: String?

    func date() throws -> EDTFDate? {
        try text.map { text in
            guard let date = try? EDTFDate(parsing: text), !date.isInterval else {
                throw UsageError("--reference-date: not a date (YYYY-MM-DD): \(text)")
            }
            guard date.isWithinSupportedYears else {
                throw UsageError("--reference-date: the year must lie in 0001-9999: \(text)")
            }
            return date
        }
    }
}
