import ChronographCore
import ChronographGraph
import Foundation

/// Entity queries over the built exports (`graph.json`, `timeline.json`): no re-extraction.
public struct EntityReports: Sendable {
    public struct Entity: Sendable {
        public var id: String
        public var label: String
        public var type: String
        public var aliases: [String]
        public var communities: [String]
        public var mentions: Int
    }

    public struct Link: Sendable {
        public var type: String
        public var other: String
        public var otherType: String
        public var weight: Double
    }

    public struct Card: Sendable {
        public var entity: Entity
        public var events: [(date: String, community: String, title: String)]
        public var links: [Link]
    }

    static let entityTypes: Set<String> = ["person", "organization", "initiative", "network", "award", "place"]

    public private(set) var entities: [Entity] = []
    /// The profiled communities, as entities of type `community` (for `show`).
    public private(set) var communities: [Entity] = []
    private var labels: [String: (label: String, type: String)] = [:]
    private var edges: [(source: String, target: String, type: String, weight: Double)] = []
    private var events: [(date: String, community: String, title: String, entities: [String])] = []

    /// Reads `graph.json` and `timeline.json` from a directory written by `build`.
    public init(directory: String) throws {
        let graph = try Self.read(directory, "graph.json")
        let timeline = try Self.read(directory, "timeline.json")
        for node in graph["nodes"]?.arrayValue ?? [] {
            guard let id = node["id"]?.stringValue, let type = node["type"]?.stringValue else { continue }
            let label = node["label"]?.stringValue ?? id
            labels[id] = (label, type)
            if type == "community" {
                communities.append(Entity(id: id, label: label, type: type, aliases: Self.strings(node["aliases"]),
                                          communities: [label], mentions: 0))
            }
            guard Self.entityTypes.contains(type) else { continue }
            entities.append(Entity(id: id, label: label, type: type, aliases: Self.strings(node["aliases"]),
                                   communities: Self.strings(node["communities"]), mentions: node["mentions"]?.intValue ?? 0))
        }
        for edge in graph["edges"]?.arrayValue ?? [] {
            guard let s = edge["source"]?.stringValue, let t = edge["target"]?.stringValue,
                  let type = edge["type"]?.stringValue else { continue }
            edges.append((s, t, type, edge["weight"]?.doubleValue ?? 1))
        }
        for event in timeline["events"]?.arrayValue ?? [] {
            events.append((event["date"]?.stringValue ?? "", event["community"]?.stringValue ?? "",
                           event["title"]?.stringValue ?? "", Self.strings(event["entities"])))
        }
    }

    private static func read(_ directory: String, _ name: String) throws -> JSONValue {
        let path = (directory as NSString).appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ChronographError(file: path, "not found (run `chronograph build` first)")
        }
        do { return try JSONParser.parse(Array(data)) } catch { throw ChronographError(file: path, "\(error)") }
    }

    private static func strings(_ value: JSONValue?) -> [String] { (value?.arrayValue ?? []).compactMap(\.stringValue) }

    /// Entities of a type and/or community (a name or alias, fuzzy), most mentioned first, then by label.
    public func list(type: String? = nil, community: String? = nil) throws -> [Entity] {
        if let type { try UsageError.check("--type", type.lowercased(), in: Self.entityTypes.sorted()) }
        let wantedCommunity = try community.map { name in
            communities[try NameMatcher(names: communities.map { [$0.label] + $0.aliases })
                .pick(name, kind: "community") { communities[$0].label }].label
        }
        return entities.filter { entity in
            (type.map { $0.lowercased() == entity.type } ?? true)
                && (wantedCommunity.map { entity.communities.contains($0) } ?? true)
        }.sorted { ($0.mentions, $1.label) > ($1.mentions, $0.label) }
    }

    /// The entity or community a name, alias or id denotes (accents and case ignored, fuzzy).
    public func find(_ name: String) throws -> Entity {
        let all = entities + communities
        if let byID = all.first(where: { $0.id == name }) { return byID }
        return all[try NameMatcher(names: all.map { [$0.label] + $0.aliases })
            .pick(name, kind: "entity or community") { "\(all[$0].label) (\(all[$0].type))" }]
    }

    /// Type, aliases, communities, the events naming it in timeline order, and its strongest links.
    public func card(for entity: Entity, links limit: Int = 8) -> Card {
        let named = events.filter { $0.entities.contains(entity.id) || (entity.type == "community" && $0.community == entity.label) }
            .map { ($0.date, $0.community, $0.title) }
        var links: [Link] = []
        for edge in edges where edge.source == entity.id || edge.target == entity.id {
            let other = edge.source == entity.id ? edge.target : edge.source
            guard let info = labels[other], info.type != "theme", info.type != "event" else { continue }
            links.append(Link(type: edge.type, other: info.label, otherType: info.type, weight: edge.weight))
        }
        links.sort { ($0.weight, $1.other) > ($1.weight, $0.other) }
        return Card(entity: entity, events: named, links: Array(links.prefix(limit)))
    }

    /// `entities --json`: `{"entities": [...]}`.
    public static func json(_ entities: [Entity]) -> JSONValue {
        .object([("entities", .array(entities.map(json)))])
    }

    /// `show --json`: `{"entity": {...}, "events": [...], "links": [...]}`.
    public static func json(_ card: Card) -> JSONValue {
        .object([
            ("entity", json(card.entity)),
            ("events", .array(card.events.map { .object([("date", .string($0.date)), ("community", .string($0.community)),
                                                         ("title", .string($0.title))]) })),
            ("links", .array(card.links.map { .object([("type", .string($0.type)), ("other", .string($0.other)),
                                                       ("other_type", .string($0.otherType)), ("weight", .double($0.weight))]) })),
        ])
    }

    private static func json(_ e: Entity) -> JSONValue {
        .object([("id", .string(e.id)), ("label", .string(e.label)), ("type", .string(e.type)),
                 ("aliases", .strings(e.aliases)), ("communities", .strings(e.communities)),
                 ("mentions", .int(e.mentions))])
    }
}
