import ChronographCore
import GRDB

extension Store {
    /// What `search` looks for, and where.
    public struct Search: Sendable {
        /// The words typed: every word must occur (accents and case ignored); "quoted words" are
        /// a phrase; a word ending in `*` is a prefix.
        public var text: String
        /// `sentence`, `event`, `community` or an entity type: the kind of thing a hit belongs to.
        public var type: String?
        /// A community's name as stored (resolve fuzzy names first).
        public var community: String?
        /// Keep only hits dated by an event that reaches these years (undated hits are left out).
        public var fromYear: Int?
        public var toYear: Int?
        public var limit = 20

        public init(text: String, type: String? = nil, community: String? = nil, fromYear: Int? = nil,
                    toYear: Int? = nil, limit: Int = 20) {
            self.text = text
            self.type = type
            self.community = community
            self.fromYear = fromYear
            self.toYear = toYear
            self.limit = limit
        }

        /// The values `type` may take.
        public static let types = ["sentence", "event", "community", "person", "organization", "initiative", "network",
                                   "award", "place"]

        /// The FTS5 expression: each word or phrase quoted, so no input is FTS syntax; nil when
        /// the text holds no word.
        public var expression: String? {
            var terms: [String] = [], current = "", quoted = false
            func flush() {
                let prefix = !quoted && current.hasSuffix("*")
                let word = prefix ? String(current.dropLast()) : current
                if word.unicodeScalars.contains(where: { $0.properties.isAlphabetic || ("0"..."9").contains($0) }) {
                    terms.append("\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\"" + (prefix ? "*" : ""))
                }
                current = ""
            }
            for character in text {
                if character == "\"" {
                    flush()
                    quoted.toggle()
                } else if character.isWhitespace && !quoted {
                    flush()
                } else {
                    current.append(character)
                }
            }
            flush()
            return terms.isEmpty ? nil : terms.joined(separator: " ")
        }
    }

    /// One ranked hit: the text that matched (as a snippet, matches in [brackets]), what it
    /// belongs to, and where it stands in its document.
    public struct Hit: Sendable, Equatable {
        /// `sentence`, `event` (its title), `entity` (its name), `alias` or `community`.
        public var kind: String
        /// The event, entity or community it belongs to (nil for a sentence).
        public var id: String?
        public var label: String
        /// The event's, entity's type, `community` or `sentence`.
        public var type: String
        public var community: String?
        /// An event's EDTF date.
        public var date: String?
        public var snippet: String
        /// BM25, higher is better.
        public var score: Double
        public var source: SourceSpan?
        /// For a sentence: the events read from it and the entities it names.
        public var events: [String] = []
        public var entities: [String] = []
    }

    /// Hits best first (BM25; ties in the order the store was written).
    public func search(_ search: Search) throws -> [Hit] {
        guard let expression = search.expression else { return [] }
        var conditions = ["search MATCH :expression"]
        var arguments: [String: (any DatabaseValueConvertible)?] = ["expression": expression, "limit": search.limit]
        if let type = search.type {
            conditions.append("search.type = :type")
            arguments["type"] = type
        }
        if let community = search.community {
            conditions.append("""
                (search.community = :community OR (search.kind IN ('entity', 'alias') AND EXISTS
                 (SELECT 1 FROM entity_communities c WHERE c.entity = search.ref AND c.community = :community)))
                """)
            arguments["community"] = community
        }
        if search.fromYear != nil || search.toYear != nil {
            // Bounds are YYYY-MM-DD text; an open end (NULL) reaches every year on its side.
            let reaches = "(e.latest IS NULL OR e.latest >= :from) AND (e.earliest IS NULL OR e.earliest <= :to)"
            conditions.append("""
                ((search.kind = 'event' AND EXISTS (SELECT 1 FROM events e WHERE e.id = search.ref AND \(reaches)))
                 OR (search.kind = 'sentence' AND EXISTS (SELECT 1 FROM events e WHERE e.sentence = search.ref AND \(reaches))))
                """)
            arguments["from"] = StoreSchema.iso(EDTFDate.Day(year: search.fromYear ?? 1, month: 1, day: 1))
            arguments["to"] = StoreSchema.iso(EDTFDate.Day(year: search.toYear ?? 9999, month: 12, day: 31))
        }
        return try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT kind, ref, type, community, snippet(search, 0, '[', ']', '…', 16), bm25(search) FROM search
                WHERE \(conditions.joined(separator: " AND ")) ORDER BY bm25(search), rowid LIMIT :limit
                """, arguments: StatementArguments(arguments))
            return try rows.map { row in
                var hit = Hit(kind: row[0], id: nil, label: "", type: row[2], community: row[3], date: nil, snippet: row[4],
                              score: -(row[5] as Double), source: nil)
                try describe(&hit, ref: row[1], in: db)
                return hit
            }
        }
    }

    /// Fills in what a hit belongs to, from the table its kind names.
    private func describe(_ hit: inout Hit, ref: DatabaseValue, in db: Database) throws {
        func span(_ row: Row, from column: Int) -> SourceSpan? {
            guard let document = row[column] as String?, let start = row[column + 1] as Int?, let end = row[column + 2] as Int?
            else { return nil }
            return SourceSpan(document: document, start: start, end: end)
        }
        switch hit.kind {
        case "sentence":
            guard let row = try Row.fetchOne(db, sql: "SELECT community, document, start, \"end\" FROM sentences WHERE id = ?",
                                             arguments: [ref]) else { return }
            hit.label = row[0]
            hit.source = span(row, from: 1)
            hit.events = try String.fetchAll(db, sql: "SELECT id FROM events WHERE sentence = ? ORDER BY position", arguments: [ref])
            hit.entities = try String.fetchAll(db, sql: "SELECT DISTINCT entity FROM occurrences WHERE sentence = ? ORDER BY entity",
                                               arguments: [ref])
        case "event":
            guard let row = try Row.fetchOne(db, sql: "SELECT id, title, type, date, document, start, \"end\" FROM events WHERE id = ?",
                                             arguments: [ref]) else { return }
            (hit.id, hit.label, hit.type, hit.date) = (row[0], row[1], row[2], row[3])
            hit.source = span(row, from: 4)
        case "community":
            guard let row = try Row.fetchOne(db, sql: "SELECT id, name FROM communities WHERE id = ?", arguments: [ref]) else { return }
            (hit.id, hit.label) = (row[0], row[1])
        default:
            guard let row = try Row.fetchOne(db, sql: "SELECT id, name, type, document, start, \"end\" FROM entities WHERE id = ?",
                                             arguments: [ref]) else { return }
            (hit.id, hit.label, hit.type) = (row[0], row[1], row[2])
            hit.source = span(row, from: 3)
            hit.community = try String.fetchOne(db, sql: "SELECT community FROM entity_communities WHERE entity = ? ORDER BY position",
                                                arguments: [ref])
        }
    }
}
