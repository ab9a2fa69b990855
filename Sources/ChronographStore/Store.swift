import ChronographCore
import ChronographGraph
import Foundation
import GRDB

/// A built `chronograph.sqlite`, opened read-only for the query commands. Opening checks that
/// the file is a Chronograph store of the schema this build reads, so a damaged, foreign or
/// old file is one clear error instead of a wrong answer.
public struct Store: Sendable {
    public static let fileName = "chronograph.sqlite"

    public let path: String
    let queue: DatabaseQueue

    /// An entity as the listing and the card show it.
    public struct Entity: Sendable, Equatable {
        public var id: String
        public var label: String
        public var type: String
        public var aliases: [String]
        public var communities: [String]
        public var mentions: Int

        public init(id: String, label: String, type: String, aliases: [String], communities: [String], mentions: Int) {
            self.id = id
            self.label = label
            self.type = type
            self.aliases = aliases
            self.communities = communities
            self.mentions = mentions
        }
    }

    /// An edge of one node, seen from that node: the other end's label and type.
    public struct Link: Sendable, Equatable {
        public var type: String
        public var other: String
        public var otherType: String
        public var weight: Double

        public init(type: String, other: String, otherType: String, weight: Double) {
            self.type = type
            self.other = other
            self.otherType = otherType
            self.weight = weight
        }
    }

    public init(path: String) throws {
        self.path = path
        guard FileManager.default.fileExists(atPath: path) else { throw ChronographError(file: path, "not found") }
        var configuration = Configuration()
        configuration.readonly = true
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            let (application, version) = try queue.read { db in
                (try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0, try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0)
            }
            guard application == StoreSchema.applicationID else {
                throw ChronographError(file: path, "is not a Chronograph store; run `chronograph build` to write one")
            }
            guard version == StoreSchema.version else {
                throw ChronographError(file: path, "has store schema version \(version), this chronograph reads version "
                                       + "\(StoreSchema.version); run `chronograph build` again")
            }
        } catch let error as DatabaseError {
            throw Self.failure(path, error)
        }
    }

    /// The store's error as one line naming the file; a damaged file says how to mend it.
    static func failure(_ path: String, _ error: DatabaseError) -> ChronographError {
        let message = error.message ?? "SQLite error \(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return ChronographError(file: path, "is damaged (\(message)); run `chronograph build` again")
        default:
            return ChronographError(file: path, "cannot be read (\(message))")
        }
    }

    /// Runs a read, turning SQLite's errors into one line naming the file.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try queue.read(body) } catch let error as DatabaseError { throw Self.failure(path, error) }
    }

    // MARK: communities and names

    /// Every community with its aliases, or those with the given ids, by id.
    public func communities(ids: [String]? = nil) throws -> [(id: String, name: String, aliases: [String])] {
        let filter = ids.map { "WHERE id IN (\(Array(repeating: "?", count: $0.count).joined(separator: ", ")))" } ?? ""
        return try read { db in
            try Self.fetch(db, """
                SELECT id, name, \(Self.list("alias", from: "community_aliases", where: "community = c.id"))
                FROM communities c \(filter) ORDER BY id
                """, StatementArguments(ids ?? [])) { ($0[0], $0[1], Self.split($0[2])) }
        }
    }

    /// Ids of the entities and communities one of whose names has this `NameMatcher.key`.
    public func items(withNameKey key: String) throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT item FROM names WHERE key = ? ORDER BY item", arguments: [key]) }
    }

    // MARK: events

    /// Timeline events in timeline order, of one community or all.
    public func events(community: String? = nil) throws -> [Event] {
        try read { db in
            let filter = community == nil ? "" : "WHERE community = ?"
            let rows = try Row.fetchCursor(db, sql: """
                SELECT id, community, date, mod, type, title, text, document, start, "end", time_expression,
                       time_start, time_end, anchor_date,
                       \(Self.list("theme", from: "event_themes", where: "event = e.id")),
                       \(Self.list("entity", from: "event_entities", where: "event = e.id"))
                FROM events e \(filter) ORDER BY position
                """, arguments: StatementArguments(community.map { [$0] } ?? []))
            var events: [Event] = []
            while let row = try rows.next() { events.append(try event(row)) }
            return events
        }
    }

    private func event(_ row: Row) throws -> Event {
        let id: String = row[0], dateText: String = row[2], typeText: String = row[4]
        guard let date = try? EDTFDate(parsing: dateText), let type = EventType(rawValue: typeText) else {
            throw ChronographError(file: path, "event \(id) has an unreadable date or type ('\(dateText)', '\(typeText)')")
        }
        let document: String = row[7]
        let timeSpan = (row[11] as Int?).flatMap { start in (row[12] as Int?).map { SourceSpan(document: document, start: start, end: $0) } }
        var event = Event(community: row[1], date: date, mod: (row[3] as String?).flatMap(TimeModifier.init(rawValue:)),
                          type: type, title: row[5], text: row[6], themes: Self.split(row[14]), entities: Self.split(row[15]),
                          source: SourceSpan(document: document, start: row[8], end: row[9]),
                          timeExpression: row[10], timeSpan: timeSpan, anchorDate: row[13])
        event.id = id
        return event
    }

    /// (date, community, title) of the events that name an entity, or of a community's events.
    public func eventsNaming(_ id: String, community: String? = nil) throws -> [(date: String, community: String, title: String)] {
        try read { db in
            try Self.fetch(db, """
                SELECT date, community, title FROM events
                WHERE id IN (SELECT event FROM event_entities WHERE entity = ? UNION SELECT id FROM events WHERE community = ?)
                ORDER BY position
                """, [id, community]) { ($0[0], $0[1], $0[2]) }
        }
    }

    // MARK: entities

    /// Entities of a type and/or community, or those with the given ids, in graph order (type, id).
    public func entities(type: String? = nil, community: String? = nil, ids: [String]? = nil) throws -> [Entity] {
        var conditions: [String] = [], arguments: [(any DatabaseValueConvertible)?] = []
        if let type { conditions.append("type = ?"); arguments.append(type) }
        if let community {
            conditions.append("id IN (SELECT entity FROM entity_communities WHERE community = ?)")
            arguments.append(community)
        }
        if let ids {
            conditions.append("id IN (\(Array(repeating: "?", count: ids.count).joined(separator: ", ")))")
            arguments += ids
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try read { db in
            try Self.fetch(db, """
                SELECT id, name, type, mentions, \(Self.list("alias", from: "entity_aliases", where: "entity = e.id")),
                       \(Self.list("community", from: "entity_communities", where: "entity = e.id"))
                FROM entities e \(filter) ORDER BY \(Self.typeOrder), id
                """, StatementArguments(arguments)) {
                Entity(id: $0[0], label: $0[1], type: $0[2], aliases: Self.split($0[4]), communities: Self.split($0[5]),
                       mentions: $0[3])
            }
        }
    }

    /// The edges of a node whose other end is an entity or a community.
    public func links(of id: String) throws -> [Link] {
        try read { db in
            try Self.fetch(db, """
                WITH ends AS (SELECT id, name, type FROM entities UNION ALL SELECT id, name, 'community' FROM communities)
                SELECT edges.type, ends.name, ends.type, edges.weight FROM edges
                JOIN ends ON ends.id = CASE WHEN edges.source = ?1 THEN edges.target ELSE edges.source END
                WHERE edges.source = ?1 OR edges.target = ?1 ORDER BY edges.source, edges.target, edges.type
                """, [id]) { Link(type: $0[0], other: $0[1], otherType: $0[2], weight: $0[3]) }
        }
    }

    // MARK: related

    /// The items of the related-initiatives engine: themes (scores, or the assigned themes at 1
    /// when the node has no scores), terms and partners, as graph.json gives them.
    public func relatedItems() throws -> [RelatedItem] {
        let types = (RelatedItem.resultTypes.union(RelatedItem.queryTypes)).sorted()
        let marks = types.map { _ in "?" }.joined(separator: ", ")
        return try read { db in
            var themes: [String: [String: Double]] = [:], assigned: [String: [String: Double]] = [:]
            let themeRows = try Row.fetchCursor(db, sql: "SELECT entity, theme, score, rank FROM entity_themes")
            while let row = try themeRows.next() {
                let entity: String = row[0], theme: String = row[1]
                if let score = row[2] as Double? { themes[entity, default: [:]][theme] = min(max(score, 0), 1) }
                if row[3] as Int? != nil { assigned[entity, default: [:]][theme] = 1 }
            }
            var terms: [String: [String: Int]] = [:]
            let termRows = try Row.fetchCursor(db, sql: "SELECT entity, term, count FROM entity_terms")
            while let row = try termRows.next() { terms[row[0], default: [:]][row[1] as String] = row[2] }
            var partners: [String: [String]] = [:]
            let partnerRows = try Row.fetchCursor(db, sql: "SELECT entity, partner FROM entity_partners ORDER BY entity, position")
            while let row = try partnerRows.next() { partners[row[0], default: []].append(row[1]) }
            return try Self.fetch(db, """
                SELECT id, name, type, \(Self.list("alias", from: "entity_aliases", where: "entity = e.id")),
                       \(Self.list("community", from: "entity_communities", where: "entity = e.id"))
                FROM entities e WHERE type IN (\(marks)) ORDER BY id
                """, StatementArguments(types)) { row in
                let id: String = row[0]
                return RelatedItem(id: id, label: row[1], aliases: Self.split(row[3]), type: row[2],
                                   communities: Self.split(row[4]), themes: themes[id] ?? assigned[id] ?? [:],
                                   terms: terms[id] ?? [:], partners: partners[id] ?? [])
            }
        }
    }

    /// Each community's theme profile, by name: its theme shares (the weights of its `about`
    /// edges, kept with the community so this reads one row per community) and its number of
    /// events (its `event-of` edges).
    public func communityProfiles() throws -> [(id: String, profile: CommunityProfile)] {
        try read { db in
            try Self.fetch(db, """
                SELECT id, name, theme_shares, (SELECT count(*) FROM events WHERE events.community = c.name) FROM communities c
                """) { row -> (id: String, profile: CommunityProfile) in
                let id: String = row[0], text: String = row[2]
                guard let pairs = (try? JSONParser.parse(text))?.objectValue else {
                    throw ChronographError(file: path, "community \(id) has unreadable theme shares")
                }
                var shares: [String: Double] = [:]
                for (theme, share) in pairs { shares[theme] = min(max(share.doubleValue ?? 0, 0), 1) }
                return (id, CommunityProfile(community: row[1], shares: shares, events: row[3]))
            }.sorted { $0.profile.community < $1.profile.community }
        }
    }

    // MARK: SQL helpers

    /// Rows mapped as SQLite steps through them (`fetchAll` would copy every row first).
    static func fetch<T>(_ db: Database, _ sql: String, _ arguments: StatementArguments = [],
                         _ transform: (Row) throws -> T) throws -> [T] {
        let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        var values: [T] = []
        while let row = try cursor.next() { values.append(try transform(row)) }
        return values
    }

    /// Node types in the graph's order (`NodeType`), for `ORDER BY`.
    static let typeOrder = "CASE type " + NodeType.allCases.enumerated().map { "WHEN '\($0.element.rawValue)' THEN \($0.offset)" }
        .joined(separator: " ") + " END"

    /// A child table's values as one text, in order, separated by U+001F (no name holds it).
    static func list(_ column: String, from table: String, where condition: String) -> String {
        "(SELECT group_concat(\(column), char(31)) FROM (SELECT \(column) FROM \(table) WHERE \(condition) ORDER BY position))"
    }

    /// Splits on the byte, not on Characters: grapheme breaking made this most of a query's time.
    static func split(_ text: String?) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        return text.utf8.split(separator: 0x1F, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }
}
