import ChronographCore
import ChronographStore
import Foundation

/// `chronograph search`: full-text search of the store (sentences, event titles, entity and
/// community names and aliases), BM25-ranked, with filters.
public struct SearchQuery: Sendable {
    /// What to look for; its `community` is set from `communityName` once that is resolved.
    public var search: Store.Search
    /// A community name or alias, matched fuzzily as in every command.
    public var communityName: String?

    public init(_ search: Store.Search, communityName: String? = nil) {
        self.search = search
        self.communityName = communityName
    }

    /// Hits best first. A query without words or a filter value outside the valid ones is a
    /// usage error; a folder without a store says how to get one.
    public func run(_ reader: ExportReader) throws -> [Store.Hit] {
        if let type = search.type { try UsageError.check("--type", type, in: Store.Search.types) }
        guard search.expression != nil else { throw UsageError("the query '\(search.text)' has no word to search for") }
        guard let store = try reader.store() else {
            throw ChronographError(file: (reader.directory as NSString).appendingPathComponent(Store.fileName),
                                   "not found: search reads the store; build with the default formats (or add `--format sqlite`)")
        }
        var resolved = search
        resolved.community = try communityName.map(reader.community(named:))
        return try store.search(resolved)
    }

    /// Rank, score, what each hit belongs to, its source and the snippet.
    public static func table(_ hits: [Store.Hit]) -> String {
        let rows = hits.enumerated().map { rank, hit in
            [String(rank + 1), String(format: "%.2f", hit.score), hit.kind, hit.kind == "sentence" ? hit.events.joined(separator: ", ") : "\(hit.label) [\(hit.type)]",
             hit.community ?? "", hit.source.map { "\($0.document):\($0.start)-\($0.end)" } ?? "", hit.snippet]
        }
        return TextTable.render(header: ["#", "SCORE", "KIND", "BELONGS TO", "COMMUNITY", "SOURCE", "SNIPPET"], rows: rows)
            .joined(separator: "\n") + "\n"
    }

    /// `search --json`: `{"query", "hits"}`.
    public static func document(query: String, _ hits: [Store.Hit]) -> JSONValue {
        .object([
            ("query", .string(query)),
            ("hits", .array(hits.map { hit in
                .object([
                    ("kind", .string(hit.kind)), ("score", .double(RelatedQuery.round(hit.score))),
                    ("id", .optional(hit.id)), ("label", .string(hit.label)), ("type", .string(hit.type)),
                    ("community", .optional(hit.community)), ("date", .optional(hit.date)), ("snippet", .string(hit.snippet)),
                    ("source", hit.source?.json ?? .null), ("events", .strings(hit.events)), ("entities", .strings(hit.entities)),
                ])
            })),
        ])
    }
}
