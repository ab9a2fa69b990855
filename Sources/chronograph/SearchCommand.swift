import ArgumentParser
import Chronograph
import ChronographCore
import ChronographStore

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Full-text search of the store: sentences, event titles, entity and community names, BM25-ranked (JSON: {\"query\", \"hits\"}).")

    @Argument(help: "Words that must all occur (accents and case ignored); \"quoted words\" are a phrase, word* a prefix.")
    var query: String

    @Option(help: "Only hits belonging to this kind: \(Store.Search.types.joined(separator: ", ")).") var type: String?
    @Option(help: "Only hits of this community (name or alias, fuzzy).") var community: String?
    @Option(name: .customLong("from-year"), help: "Only hits dated by an event that reaches this year or later.") var fromYear: Int?
    @Option(name: .customLong("to-year"), help: "Only hits dated by an event that starts in this year or earlier.") var toYear: Int?
    @Option(help: "Number of hits.") var limit: Int = 20
    @Flag(help: "Print JSON instead of a table.") var json = false
    @OptionGroup var exports: ExportsFolder

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        try runReportingErrors {
            let search = Store.Search(text: query, type: type, fromYear: fromYear, toYear: toYear, limit: limit)
            let hits = try SearchQuery(search, communityName: community).run(ExportReader(directory: exports.path))
            try printResult(json: json, SearchQuery.document(query: query, hits), empty: hits.isEmpty, what: "hits",
                            text: SearchQuery.table(hits))
        }
    }
}
