import ArgumentParser
import Chronograph
import ChronographCore
import Foundation

@main
struct ChronographCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chronograph",
        abstract: "Turns narrative community profiles into a knowledge graph and chronological timelines.",
        subcommands: [
            Build.self,
            Timeline.self,
            Dates.self,
            Entities.self,
            Show.self,
            Related.self,
            Communities.self,
            Bench.self,
            BenchRelated.self,
        ],
        defaultSubcommand: Build.self
    )
}

/// Turns a `ChronographError` into one line on stderr and exit status 1.
func runReportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ChronographError {
        FileHandle.standardError.write(Data("chronograph: error: \(error)\n".utf8))
        throw ExitCode(1)
    }
}

/// Where the query commands read the built exports from.
struct ExportsFolder: ParsableArguments {
    @Option(name: .customLong("from"), help: "Directory holding the built exports (graph.json, timeline.json).")
    var path: String = "exports"
}

/// The date of writing, for news-style text: anchors "this year", "last year", "today".
struct ReferenceDate: ParsableArguments {
    @Option(name: .customLong("reference-date"), help: "Date of writing (YYYY-MM-DD), to resolve \"this year\", \"last year\".")
    var text: String?

    func date() throws -> EDTFDate? {
        try text.map { text in
            guard let date = try? EDTFDate(parsing: text), !date.isInterval else {
                throw ChronographError("--reference-date: not a date: \(text)")
            }
            return date
        }
    }
}
