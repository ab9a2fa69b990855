import ChronographCore
import ChronographGraph
import Foundation
import GRDB

/// Writes `chronograph.sqlite`: the graph, the timeline, the documents and their sentences as
/// tables, with an FTS5 index for `search`. The same input gives the same bytes: rows go in a
/// fixed order, nothing records a time, the page size is fixed, and the file is written in one
/// `VACUUM INTO` from an in-memory database (no journal, no free pages).
public enum StoreWriter {
    /// Node types written to `entities` (the rest have tables of their own or are events).
    static let entityTypes: Set<NodeType> = [.person, .organization, .initiative, .network, .award, .place]

    public static func write(graph: KnowledgeGraph, events: [Event], documents: [Document], profiles: [Profile],
                             to path: String) throws {
        do {
            let queue = try DatabaseQueue()
            try queue.inDatabase { db in
                try db.execute(sql: "PRAGMA page_size = \(StoreSchema.pageSize)")
                try db.execute(sql: "PRAGMA user_version = \(StoreSchema.version)")
                try db.execute(sql: "PRAGMA application_id = \(StoreSchema.applicationID)")
                try db.inTransaction {
                    try db.execute(sql: StoreSchema.tables)
                    var rows = Rows(db: db)
                    try rows.documents(documents)
                    let sentences = try rows.sentences(profiles)
                    let nodes = graph.nodes, edges = graph.edges
                    try rows.communities(nodes.filter { $0.type == .community }, about: edges.filter { $0.type == "about" })
                    try rows.entities(nodes.filter { entityTypes.contains($0.type) }, sentences: sentences)
                    try rows.themes(nodes.filter { $0.type == .theme })
                    try rows.events(events, sentences: sentences)
                    try rows.edges(edges)
                    // One segment: smaller, and queries need not merge segments.
                    try db.execute(sql: "INSERT INTO search (search) VALUES ('optimize')")
                    return .commit
                }
                try db.execute(sql: "VACUUM INTO ?", arguments: [path])
            }
        } catch let error as DatabaseError {
            throw ChronographError(file: path, "cannot be written (\(error.message ?? "SQLite error \(error.resultCode)"))")
        }
    }
}

/// Inserts through one prepared statement per table.
private struct Rows {
    let db: Database
    private var statements: [String: Statement] = [:]

    init(db: Database) { self.db = db }

    mutating func insert(_ table: String, _ values: [(any DatabaseValueConvertible)?]) throws {
        let statement: Statement
        if let known = statements[table] {
            statement = known
        } else {
            let marks = Array(repeating: "?", count: values.count).joined(separator: ", ")
            statement = try db.makeStatement(sql: "INSERT INTO \(table) VALUES (\(marks))")
            statements[table] = statement
        }
        try statement.execute(arguments: StatementArguments(values))
    }

    mutating func documents(_ documents: [Document]) throws {
        for (i, document) in documents.sorted(by: { $0.name < $1.name }).enumerated() {
            let text = document.text(0..<document.scalars.count)
            try insert("documents", [i + 1, document.name, document.format.rawValue, ContentHash.hex(text.utf8),
                                     document.scalars.count])
        }
    }

    /// Sentence ids by span, for occurrences and events.
    mutating func sentences(_ profiles: [Profile]) throws -> [SourceSpan: Int] {
        var ids: [SourceSpan: Int] = [:]
        for profile in profiles {
            for sentence in profile.sentences where ids[sentence.span] == nil {
                let id = ids.count + 1
                ids[sentence.span] = id
                try insert("sentences", [id, sentence.span.document, sentence.span.start, sentence.span.end, profile.name,
                                         sentence.index, sentence.paragraph, sentence.section, sentence.text])
                try insert("search", [sentence.text, "sentence", id, "sentence", profile.name])
            }
        }
        return ids
    }

    /// `about`: the `about` edges, whose weights from a community are its theme shares.
    mutating func communities(_ nodes: [GraphNode], about: [GraphEdge]) throws {
        var shares: [String: [(String, JSONValue)]] = [:]
        for edge in about where edge.target.hasPrefix("theme-") {
            shares[edge.source, default: []].append((String(edge.target.dropFirst(6)), .double(edge.weight)))
        }
        for node in nodes {
            let p = node.properties
            try insert("communities", [node.id, node.label, p["document"]?.stringValue, p["population"]?.intValue,
                                       p["labor_force"]?.intValue, p["website"]?.stringValue,
                                       JSONSerializer.serialize(.object(shares[node.id] ?? []), pretty: false)])
            let aliases = strings(p["aliases"])
            for (i, alias) in aliases.enumerated() { try insert("community_aliases", [node.id, i, alias]) }
            for (i, award) in (p["awards"]?.arrayValue ?? []).enumerated() {
                guard let name = award["award"]?.stringValue, let year = award["year"]?.intValue else { continue }
                try insert("community_awards", [node.id, i, name, year])
            }
            try names(node.id, [node.label] + aliases)
            try insert("search", [node.label, "community", node.id, "community", node.label])
            for alias in aliases { try insert("search", [alias, "community", node.id, "community", node.label]) }
        }
    }

    mutating func entities(_ nodes: [GraphNode], sentences: [SourceSpan: Int]) throws {
        for node in nodes {
            let p = node.properties, source = p["source"]
            try insert("entities", [node.id, node.label, node.type.rawValue, p["mentions"]?.intValue ?? 0,
                                    p["confidence"]?.doubleValue, source?["document"]?.stringValue,
                                    source?["start"]?.intValue, source?["end"]?.intValue])
            let aliases = strings(p["aliases"])
            for (i, alias) in aliases.enumerated() { try insert("entity_aliases", [node.id, i, alias]) }
            for (i, community) in strings(p["communities"]).enumerated() { try insert("entity_communities", [node.id, i, community]) }
            for occurrence in p["occurrences"]?.arrayValue ?? [] {
                guard let document = occurrence["document"]?.stringValue, let start = occurrence["start"]?.intValue,
                      let end = occurrence["end"]?.intValue else { continue }
                let sentence = occurrence["sentence_start"]?.intValue.flatMap { sentenceStart in
                    occurrence["sentence_end"]?.intValue.flatMap {
                        sentences[SourceSpan(document: document, start: sentenceStart, end: $0)]
                    }
                }
                try insert("occurrences", [node.id, document, start, end, sentence])
            }
            // Scores and the ranked assigned themes in one table: a theme may have either or both.
            let scores = Dictionary((p["theme_scores"]?.objectValue ?? []).map { ($0.0, $0.1.doubleValue) },
                                    uniquingKeysWith: { a, _ in a })
            let ranked = strings(p["themes"])
            for theme in Set(scores.keys).union(ranked).sorted() {
                try insert("entity_themes", [node.id, theme, scores[theme] ?? nil, ranked.firstIndex(of: theme)])
            }
            for (term, count) in (p["terms"]?.objectValue ?? []).sorted(by: { $0.0 < $1.0 }) {
                try insert("entity_terms", [node.id, term, count.intValue ?? 1])
            }
            for (i, partner) in strings(p["partners"]).enumerated() { try insert("entity_partners", [node.id, i, partner]) }
            try names(node.id, [node.label] + aliases)
            try insert("search", [node.label, "entity", node.id, node.type.rawValue, nil])
            for alias in aliases { try insert("search", [alias, "alias", node.id, node.type.rawValue, nil]) }
        }
    }

    mutating func themes(_ nodes: [GraphNode]) throws {
        for node in nodes { try insert("themes", [node.id, node.label]) }
    }

    mutating func events(_ events: [Event], sentences: [SourceSpan: Int]) throws {
        for (position, event) in events.enumerated() {
            try insert("events", [event.id, position, event.community, event.date.description,
                                  event.date.earliest.map(StoreSchema.iso), event.date.latest.map(StoreSchema.iso), event.mod?.rawValue,
                                  event.type.rawValue, event.title, event.text, event.source.document, event.source.start,
                                  event.source.end, sentences[event.source], event.timeExpression, event.timeSpan?.start,
                                  event.timeSpan?.end, event.anchorDate])
            for (i, theme) in event.themes.enumerated() { try insert("event_themes", [event.id, i, theme]) }
            for (i, entity) in event.entities.enumerated() { try insert("event_entities", [event.id, i, entity]) }
            try insert("search", [event.title, "event", event.id, "event", event.community])
        }
    }

    mutating func edges(_ edges: [GraphEdge]) throws {
        for edge in edges {
            let properties = edge.properties.isEmpty ? nil
                : JSONSerializer.serialize(.object(edge.properties.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }),
                                           pretty: false)
            try insert("edges", [edge.source, edge.target, edge.type, edge.weight, properties])
        }
    }

    /// Exact-name lookups without building the fuzzy matcher (`NameMatcher.key`).
    private mutating func names(_ item: String, _ names: [String]) throws {
        for key in Set(names.map(NameMatcher.key)).sorted() where !key.isEmpty { try insert("names", [key, item]) }
    }

    private func strings(_ value: JSONValue?) -> [String] { (value?.arrayValue ?? []).compactMap(\.stringValue) }
}
