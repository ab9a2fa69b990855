import ChronographCore
import ChronographGraph
import ChronographStore
import Foundation

/// Entity queries over the built exports (the store, or `graph.json` and `timeline.json`): no re-extraction.
public struct EntityReports: Sendable {
    /// An entity or community as listed: id, label, type, aliases, communities, mentions.
    public typealias Entity = Store.Entity
    /// An edge seen from one end: its type, the other end's label and type, the weight.
    public typealias Link = Store.Link

    public struct Card: Sendable {
        public var entity: Entity
        public var events: [(date: String, community: String, title: String)]
        public var links: [Link]
    }

    static let entityTypes: Set<String> = ["person", "organization", "initiative", "network", "award", "place"]

    private let source: Source

    /// Where the entities are read: the store, or the JSON exports held in memory.
    private enum Source: Sendable {
        case store(Store)
        case json(JSONGraph)
    }

    /// `graph.json` and `timeline.json` as the reports use them.
    private struct JSONGraph: Sendable {
        var entities: [Entity] = []
        var communities: [Entity] = []
        var labels: [String: (label: String, type: String)] = [:]
        var edges: [(source: String, target: String, type: String, weight: Double)] = []
        var events: [(date: String, community: String, title: String, entities: [String])] = []
    }

    /// Reads the store of a directory written by `build`, or its `graph.json` and `timeline.json`.
    public init(directory: String) throws {
        if let store = try ExportReader(directory: directory).store() {
            source = .store(store)
            return
        }
        let graph = try Self.read(directory, "graph.json")
        let timeline = try Self.read(directory, "timeline.json")
        var json = JSONGraph()
        for node in graph["nodes"]?.arrayValue ?? [] {
            guard let id = node["id"]?.stringValue, let type = node["type"]?.stringValue else { continue }
            let label = node["label"]?.stringValue ?? id
            json.labels[id] = (label, type)
            if type == "community" {
                json.communities.append(Entity(id: id, label: label, type: type, aliases: Self.strings(node["aliases"]),
                                               communities: [label], mentions: 0))
            }
            guard Self.entityTypes.contains(type) else { continue }
            json.entities.append(Entity(id: id, label: label, type: type, aliases: Self.strings(node["aliases"]),
                                        communities: Self.strings(node["communities"]), mentions: node["mentions"]?.intValue ?? 0))
        }
        for edge in graph["edges"]?.arrayValue ?? [] {
            guard let s = edge["source"]?.stringValue, let t = edge["target"]?.stringValue,
                  let type = edge["type"]?.stringValue else { continue }
            json.edges.append((s, t, type, edge["weight"]?.doubleValue ?? 1))
        }
        for event in timeline["events"]?.arrayValue ?? [] {
            json.events.append((event["date"]?.stringValue ?? "", event["community"]?.stringValue ?? "",
                                event["title"]?.stringValue ?? "", Self.strings(event["entities"])))
        }
        source = .json(json)
    }

    private static func read(_ directory: String, _ name: String) throws -> JSONValue {
        let path = (directory as NSString).appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ChronographError(file: path, "not found (run `chronograph build` first)")
        }
        do { return try JSONParser.parse(Array(data)) } catch { throw ChronographError(file: path, "\(error)") }
    }

    private static func strings(_ value: JSONValue?) -> [String] { (value?.arrayValue ?? []).compactMap(\.stringValue) }

    /// The profiled communities as entities of type `community` (for `show`), all or those with the given ids.
    private func communities(ids: [String]? = nil) throws -> [Entity] {
        switch source {
        case let .store(store):
            return try store.communities(ids: ids).map {
                Entity(id: $0.id, label: $0.name, type: "community", aliases: $0.aliases, communities: [$0.name], mentions: 0)
            }
        case let .json(json):
            return ids.map { ids in json.communities.filter { ids.contains($0.id) } } ?? json.communities
        }
    }

    /// Every entity, in graph order (type, then id).
    private func allEntities() throws -> [Entity] {
        switch source {
        case let .store(store): return try store.entities()
        case let .json(json): return json.entities
        }
    }

    /// Entities of a type and/or community (a name or alias, fuzzy), most mentioned first, then by label.
    public func list(type: String? = nil, community: String? = nil) throws -> [Entity] {
        if let type { try UsageError.check("--type", type.lowercased(), in: Self.entityTypes.sorted()) }
        let wantedCommunity = try community.map { name in
            let communities = try communities()
            return communities[try NameMatcher.pick(name, names: communities.map { [$0.label] + $0.aliases },
                                             exact: try exactMatches(name, in: communities), kind: "community") {
                communities[$0].label
            }].label
        }
        let found: [Entity]
        switch source {
        case let .store(store):
            found = try store.entities(type: type?.lowercased(), community: wantedCommunity)
        case let .json(json):
            found = json.entities.filter { entity in
                (type.map { $0.lowercased() == entity.type } ?? true)
                    && (wantedCommunity.map { entity.communities.contains($0) } ?? true)
            }
        }
        return found.sorted { ($0.mentions, $1.label) > ($1.mentions, $0.label) }
    }

    /// The entity or community a name, alias or id denotes (accents and case ignored, fuzzy).
    public func find(_ name: String) throws -> Entity {
        // The store answers an id or an exact name from its indexes; only a fuzzy name reads every entity.
        if case let .store(store) = source {
            if let byID = try store.entities(ids: [name]).first ?? communities(ids: [name]).first { return byID }
            let exact = try store.items(withNameKey: NameMatcher.key(name))
            if !exact.isEmpty {
                let candidates = try store.entities(ids: exact) + communities(ids: exact)
                return try pick(name, among: candidates, exact: [])
            }
        }
        let all = try allEntities() + communities()
        if let byID = all.first(where: { $0.id == name }) { return byID }
        return try pick(name, among: all, exact: [])
    }

    private func pick(_ name: String, among all: [Entity], exact: [Int]) throws -> Entity {
        all[try NameMatcher.pick(name, names: all.map { [$0.label] + $0.aliases }, exact: exact, kind: "entity or community") {
            "\(all[$0].label) (\(all[$0].type))"
        }]
    }

    /// Positions in `entities` whose names fold like `name`, from the store's name index.
    private func exactMatches(_ name: String, in entities: [Entity]) throws -> [Int] {
        guard case let .store(store) = source else { return [] }
        return try store.exactMatches(name, in: entities.map(\.id))
    }

    /// Type, aliases, communities, the events naming it in timeline order, and its strongest links.
    public func card(for entity: Entity, links limit: Int = 8) throws -> Card {
        let named: [(date: String, community: String, title: String)]
        var links: [Link] = []
        switch source {
        case let .store(store):
            named = try store.eventsNaming(entity.id, community: entity.type == "community" ? entity.label : nil)
            links = try store.links(of: entity.id)
        case let .json(json):
            named = json.events.filter { $0.entities.contains(entity.id) || (entity.type == "community" && $0.community == entity.label) }
                .map { ($0.date, $0.community, $0.title) }
            for edge in json.edges where edge.source == entity.id || edge.target == entity.id {
                let other = edge.source == entity.id ? edge.target : edge.source
                guard let info = json.labels[other], info.type != "theme", info.type != "event" else { continue }
                links.append(Link(type: edge.type, other: info.label, otherType: info.type, weight: edge.weight))
            }
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
