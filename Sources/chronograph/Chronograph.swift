import ArgumentParser
import Chronograph
import ChronographCore
import Foundation

@main
struct ChronographCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chronograph",
        abstract: "Turns narrative community profiles into a knowledge graph and chronological timelines.",
        subcommands: [Build.self],
        defaultSubcommand: Build.self
    )
}

/// Turns a `ChronographError` (or any error) into one line on stderr and a non-zero exit.
func runReportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ChronographError {
        FileHandle.standardError.write(Data("chronograph: error: \(error)\n".utf8))
        throw ExitCode(1)
    }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read profiles and write the graph and timeline exports.")

    @Argument(help: "Files or directories of profiles (.txt, .md, .html).")
    var inputs: [String] = ["seeds"]

    @Option(name: .long, help: "Directory to write the exports into.")
    var out: String = "exports"

    func run() throws {
        try runReportingErrors {
            let pipeline = Pipeline()
            let result = try pipeline.run(inputs: inputs)
            var timer = StageTimer()
            let files = try Exports.write(result, to: out, timer: &timer)
            let entityCount = result.graph.nodes.filter { ![.community, .theme, .event].contains($0.type) }.count
            print("\(result.profiles.count) profiles, \(entityCount) entities, \(result.extraction.events.count) events → \(files.count) files in \(out)")
        }
    }
}
