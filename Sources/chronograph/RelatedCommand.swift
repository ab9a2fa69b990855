import ArgumentParser
import Chronograph
import ChronographCore
import Foundation

struct Related: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Initiatives and networks of other communities most like a named one.")

    @Argument(help: "Name or alias of an initiative or network (accents and case ignored, fuzzy).")
    var name: String

    @Option(name: .long, help: "Number of results.")
    var limit: Int = 10

    @Flag(name: .long, help: "Print JSON (spec/OUTPUTS.md) instead of a table.")
    var json = false

    @OptionGroup var exports: ExportsFolder

    func run() throws {
        try runReportingErrors {
            let query = try RelatedQuery.load(from: exports.path, reading: .items)
            let found = try query.related(to: name, limit: max(0, limit))
            print(json ? JSONSerializer.serialize(query.json(query: found.query, matches: found.matches))
                       : query.table(query: found.query, matches: found.matches))
        }
    }
}
