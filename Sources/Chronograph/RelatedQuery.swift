import ChronographCore
import ChronographGraph
import ChronographStore
import Foundation

/// Related-initiative and community-likeness queries over a built `graph.json`: the graph
/// nodes carry each initiative's theme scores, terms and partners, so queries never re-extract.
public struct RelatedQuery: Sendable {
    public let index: RelatedIndex
    public let communities: [CommunityProfile]
    /// Label and aliases per item and per community; the matcher is built per lookup, over the
    /// store's exact matches when it has some (`NameMatcher.pick(_:names:exact:kind:describe:)`).
    private let itemNames: [[String]]
    private let communityNames: [[String]]
    private let communityIDs: [String]
    private let store: Store?

    /// The query over a parsed `graph.json`.
    public init(graph: JSONValue) {
        var items: [RelatedItem] = []
        var communityAliases: [String: [String]] = [:]
        var communityByID: [String: String] = [:]
        for node in graph["nodes"]?.arrayValue ?? [] {
            guard let id = node["id"]?.stringValue, let label = node["label"]?.stringValue,
                  let type = node["type"]?.stringValue else { continue }
            let aliases = Self.strings(node["aliases"])
            if type == "community" {
                communityAliases[label] = aliases
                communityByID[id] = label
            }
            guard RelatedItem.resultTypes.contains(type) || RelatedItem.queryTypes.contains(type) else { continue }
            var themes: [String: Double] = [:]
            for (theme, score) in node["theme_scores"]?.objectValue ?? [] { themes[theme] = Self.unit(score) ?? 1 }
            if themes.isEmpty { for theme in Self.strings(node["themes"]) { themes[theme] = 1 } }
            var terms: [String: Int] = [:]
            for (term, count) in node["terms"]?.objectValue ?? [] { terms[term] = count.intValue ?? 1 }
            items.append(RelatedItem(id: id, label: label, aliases: aliases, type: type,
                                     communities: Self.strings(node["communities"]), themes: themes,
                                     terms: terms, partners: Self.strings(node["partners"])))
        }
        // Community profiles: community → theme `about` edges carry the share of its events.
        var shares: [String: [String: Double]] = [:]
        var events: [String: Int] = [:]
        for edge in graph["edges"]?.arrayValue ?? [] {
            guard let source = edge["source"]?.stringValue, let target = edge["target"]?.stringValue,
                  let type = edge["type"]?.stringValue else { continue }
            if type == "about", let community = communityByID[source], target.hasPrefix("theme-") {
                shares[community, default: [:]][String(target.dropFirst(6))] = Self.unit(edge["weight"]) ?? 0
            } else if type == "event-of", let community = communityByID[target] {
                events[community, default: 0] += 1
            }
        }
        let profiles = communityAliases.keys.sorted().map {
            CommunityProfile(community: $0, shares: shares[$0] ?? [:], events: events[$0] ?? 0)
        }
        self.init(items: items, communities: profiles.map { ("", $0) }, communityAliases: communityAliases, store: nil)
    }

    /// What a query reads from a store: a command that needs only one part leaves the other
    /// empty (`related` finds no community, `communities` no item).
    public struct Parts: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// The related-items index.
        public static let items = Parts(rawValue: 1)
        /// The community profiles.
        public static let communities = Parts(rawValue: 2)
        public static let all: Parts = [.items, .communities]
    }

    /// The query over a store's items and community profiles (the same values `graph.json` gives).
    public init(store: Store, reading parts: Parts = .all) throws {
        let aliases = parts.contains(.communities)
            ? Dictionary(try store.communities().map { ($0.name, $0.aliases) }, uniquingKeysWith: { a, _ in a }) : [:]
        self.init(items: parts.contains(.items) ? try store.relatedItems() : [],
                  communities: parts.contains(.communities) ? try store.communityProfiles() : [],
                  communityAliases: aliases, store: store)
    }

    private init(items: [RelatedItem], communities: [(id: String, profile: CommunityProfile)],
                 communityAliases: [String: [String]], store: Store?) {
        index = RelatedIndex(items: items)
        itemNames = index.items.map { [$0.label] + $0.aliases }
        self.communities = communities.map(\.profile)
        communityIDs = communities.map(\.id)
        communityNames = self.communities.map { [$0.community] + (communityAliases[$0.community] ?? []) }
        self.store = store
    }

    /// Reads the store of an exports directory (`parts` of it), or its `graph.json` when it has none.
    public static func load(from directory: String, reading parts: Parts = .all) throws -> RelatedQuery {
        if let store = try ExportReader(directory: directory).store() { return try RelatedQuery(store: store, reading: parts) }
        let path = (directory as NSString).appendingPathComponent("graph.json")
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ChronographError(file: path, "cannot read the graph; run `chronograph build` first")
        }
        do {
            return RelatedQuery(graph: try JSONParser.parse(Array(data)))
        } catch let failure as JSONParser.Failure {
            throw ChronographError(file: path, failure.description)
        }
    }

    // MARK: related

    /// The item a name stands for.
    public func item(named name: String) throws -> Int {
        let exact = try store?.exactMatches(name, in: index.items.map(\.id)) ?? []
        return try NameMatcher.pick(name, names: itemNames, exact: exact, kind: "initiative, network, organisation or place") { i in
            let item = index.items[i]
            return "\(item.label) (\(item.type), \(item.community))"
        }
    }

    public func related(to name: String, limit: Int = 10) throws -> (query: Int, matches: [RelatedIndex.Match]) {
        let item = try item(named: name)
        return (item, index.related(to: item, limit: limit))
    }

    /// The `related --json` document of OUTPUTS.md, with the similarity parts and their weights
    /// added: each score is the weighted mean of its parts over the parts the query has evidence for.
    public func json(query: Int, matches: [RelatedIndex.Match]) -> JSONValue {
        let item = index.items[query], w = index.weights
        return .object([
            ("query", .object([("id", .string(item.id)), ("label", .string(item.label)), ("type", .string(item.type)),
                               ("community", .string(item.community)), ("themes", .strings(item.rankedThemes))])),
            ("weights", .object([("themes", .double(w.themes)), ("lexical", .double(w.lexical)),
                                 ("partners", .double(w.partners))])),
            ("results", .array(matches.map { match in
                let other = index.items[match.item], s = match.similarity
                return .object([
                    ("id", .string(other.id)), ("label", .string(other.label)), ("type", .string(other.type)),
                    ("community", .string(other.community)), ("score", .double(Self.round(s.score))),
                    ("shared_themes", .strings(s.sharedThemes)), ("shared_terms", .strings(s.sharedTerms)),
                    ("shared_partners", .strings(s.sharedPartners)),
                    ("parts", .object([("themes", .double(Self.round(s.themes))),
                                       ("lexical", .double(Self.round(s.lexical))),
                                       ("partners", .double(Self.round(s.partners)))])),
                ])
            })),
        ])
    }

    /// A ranked table: community, type, score and what explains it.
    public func table(query: Int, matches: [RelatedIndex.Match]) -> String {
        let item = index.items[query]
        var lines = ["Related to \(item.label) (\(item.type), \(item.community)); themes: "
                     + (item.rankedThemes.isEmpty ? "none" : item.rankedThemes.joined(separator: ", "))]
        guard !matches.isEmpty else { return (lines + ["No related initiatives in other communities."]).joined(separator: "\n") }
        let rows = matches.enumerated().map { rank, match -> [String] in
            let other = index.items[match.item], s = match.similarity
            var why: [String] = []
            if !s.sharedThemes.isEmpty { why.append("themes: " + s.sharedThemes.joined(separator: ", ")) }
            if !s.sharedTerms.isEmpty { why.append("terms: " + s.sharedTerms.prefix(3).joined(separator: ", ")) }
            if !s.sharedPartners.isEmpty { why.append("partners: " + s.sharedPartners.joined(separator: ", ")) }
            return [String(rank + 1), String(format: "%.2f", s.score), other.label, other.type, other.community,
                    why.joined(separator: "; ")]
        }
        lines += TextTable.render(header: ["#", "Score", "Name", "Type", "Community", "Shared"], rows: rows)
        return lines.joined(separator: "\n")
    }

    // MARK: communities

    public func community(named name: String) throws -> Int {
        let exact = try store?.exactMatches(name, in: communityIDs) ?? []
        return try NameMatcher.pick(name, names: communityNames, exact: exact, kind: "community") { communities[$0].community }
    }

    /// `--like`: the other communities by the similarity of their theme profiles.
    public func communitiesLike(_ community: Int) -> [(profile: CommunityProfile, score: Double, shared: [String])] {
        communities[community].ranked(among: communities)
    }

    public func communitiesJSON(like community: Int?, top: Int = 5) -> JSONValue {
        func themes(_ p: CommunityProfile) -> JSONValue {
            .array(p.top(top).map { .object([("theme", .string($0.theme)), ("share", .double(Self.round($0.share)))]) })
        }
        guard let community else {
            return .object([("communities", .array(communities.map { p in
                .object([("community", .string(p.community)), ("events", .int(p.events)), ("top_themes", themes(p))])
            }))])
        }
        return .object([
            ("query", .string(communities[community].community)),
            ("results", .array(communitiesLike(community).map { entry in
                .object([("community", .string(entry.profile.community)), ("score", .double(Self.round(entry.score))),
                         ("shared_themes", .strings(entry.shared))])
            })),
        ])
    }

    public func communitiesTable(like community: Int?, top: Int = 5) -> String {
        guard let community else {
            let rows = communities.map { p in
                [p.community, String(p.events),
                 p.top(top).map { "\($0.theme) \(Int(($0.share * 100).rounded()))%" }.joined(separator: ", ")]
            }
            return TextTable.render(header: ["Community", "Events", "Top themes (share of events)"], rows: rows)
                .joined(separator: "\n")
        }
        let rows = communitiesLike(community).enumerated().map { rank, entry in
            [String(rank + 1), String(format: "%.2f", entry.score), entry.profile.community,
             entry.shared.prefix(5).joined(separator: ", ")]
        }
        return (["Communities like \(communities[community].community), by theme profile"]
                + TextTable.render(header: ["#", "Score", "Community", "Shared themes"], rows: rows)).joined(separator: "\n")
    }

    static func round(_ value: Double) -> Double { (value * 10000).rounded() / 10000 }

    /// Theme scores and shares lie in 0...1; an edited graph.json may hold anything ("1e300").
    private static func unit(_ value: JSONValue?) -> Double? { value?.doubleValue.map { min(max($0, 0), 1) } }

    private static func strings(_ value: JSONValue?) -> [String] { (value?.arrayValue ?? []).compactMap(\.stringValue) }
}
