import ChronographCore
import Foundation
import ChronographExport
import ChronographExtract
import Testing
@testable import Chronograph
@testable import ChronographGraph

/// Graph build → graph.json → related / communities answers, on hand-made entities in
/// made-up communities: the theme layer of the graph and the CLI's table and JSON.
@Suite struct RelatedQueryTests {
    /// Sentences laid end to end, one made-up document per community.
    struct Corpus {
        var sentences: [Sentence] = []
        var offsets: [String: Int] = [:]
        mutating func add(_ text: String, _ community: String) -> SourceSpan {
            let start = offsets[community, default: 0]
            let span = SourceSpan(document: community + ".txt", start: start, end: start + text.unicodeScalars.count)
            sentences.append(Sentence(text: text, span: span, index: sentences.filter { $0.span.document == span.document }.count))
            offsets[community] = span.end + 1
            return span
        }
    }

    static func entity(_ name: String, _ type: NodeType, _ community: String, aliases: [String] = [],
                       in sentences: [SourceSpan], of corpus: Corpus) -> EntityRecord {
        EntityRecord(id: EntityRecord.makeID(type: type, name: name), name: name, type: type, aliases: aliases,
                     communities: [community],
                     mentions: sentences.map { Mention(span: mention(name, in: $0, of: corpus), sentence: $0, community: community, text: name) })
    }

    /// The span of the name inside its sentence.
    static func mention(_ name: String, in sentence: SourceSpan, of corpus: Corpus) -> SourceSpan {
        let text = corpus.sentences.first { $0.span == sentence }?.text ?? ""
        let start = text.unicodeScalars.count - (text.range(of: name).map { String(text[$0.lowerBound...]) } ?? "").unicodeScalars.count
        return SourceSpan(document: sentence.document, start: sentence.start + start, end: sentence.start + start + name.unicodeScalars.count)
    }

    static func build() -> (graph: KnowledgeGraph, json: JSONValue) {
        var corpus = Corpus()
        let s1 = corpus.add("Portville opened the Harbour Wi-Fi network, free hotspots for residents without internet access at home.", "Portville")
        let s2 = corpus.add("The Harbour Wi-Fi network now covers the ferry terminal, built with Northwind Telecom.", "Portville")
        let s3 = corpus.add("Hilltown launched Plaza Connect, free Wi-Fi hotspots in the market square for low-income families.", "Hilltown")
        let s4 = corpus.add("Hilltown's Smart Bus Tracker shows bus arrivals and traffic on every stop.", "Hilltown")
        let s5 = corpus.add("Lakeside opened the Dockside Incubator for startups and young entrepreneurs.", "Lakeside")
        let s6 = corpus.add("Portville runs the Ferry Timetable App with live ferry and bus times.", "Portville")
        let s7 = corpus.add("The Lakeside Ferry Company runs buses and ferries between the piers.", "Lakeside")
        let communities = ["Portville", "Hilltown", "Lakeside"].map {
            CommunityRecord(name: $0, source: SourceSpan(document: $0 + ".txt", start: 0, end: 1))
        }
        let entities = [
            entity("Harbour Wi-Fi", .network, "Portville", aliases: ["HWF"], in: [s1, s2], of: corpus),
            entity("Plaza Connect", .network, "Hilltown", in: [s3], of: corpus),
            entity("Smart Bus Tracker", .initiative, "Hilltown", in: [s4], of: corpus),
            entity("Dockside Incubator", .initiative, "Lakeside", in: [s5], of: corpus),
            entity("Ferry Timetable App", .initiative, "Portville", in: [s6], of: corpus),
            entity("Northwind Telecom", .organization, "Portville", in: [s2], of: corpus),
            entity("Lakeside Ferry Company", .organization, "Lakeside", in: [s7], of: corpus),
        ]
        let events = [
            Event(community: "Portville", date: .year(2015), type: .network, title: "Harbour Wi-Fi", text: "x",
                  themes: ["wireless", "digital-inclusion"], source: s1),
            Event(community: "Portville", date: .year(2016), type: .initiative, title: "App", text: "x",
                  themes: ["mobility"], source: s6),
            Event(community: "Hilltown", date: .year(2017), type: .network, title: "Plaza", text: "x",
                  themes: ["wireless"], source: s3),
        ]
        let extraction = Extraction(communities: communities, events: EventIdentifiers.assign(events), entities: entities)
        let graph = GraphBuilder(themes: ThemeLexicon.standard).build(extraction, sentences: corpus.sentences)
        return (graph, JSONExports.graph(graph))
    }

    static func edge(_ graph: KnowledgeGraph, _ source: String, _ target: String, _ type: String) -> GraphEdge? {
        graph.edges.first { $0.source == source && $0.target == target && $0.type == type }
    }

    @Test func initiativesAndNetworksGetThemesFromTheirSentences() throws {
        let (graph, _) = Self.build()
        let wifi = try #require(graph.node("network-harbour-wi-fi"))
        let themes = (wifi.properties["themes"]?.arrayValue ?? []).compactMap(\.stringValue)
        #expect(themes.first == "wireless")
        #expect(themes.contains("digital-inclusion"))
        let about = try #require(Self.edge(graph, wifi.id, "theme-wireless", "about"))
        #expect(about.weight > 0.5 && about.weight <= 1)   // the theme's probability
        #expect(wifi.properties["partners"] == .strings(["organization-northwind-telecom"]))
        let incubator = try #require(graph.node("initiative-dockside-incubator"))
        #expect(incubator.properties["themes"] == .strings(["entrepreneurship"]))
    }

    @Test func communitiesLinkToThemesByShareOfEvents() throws {
        let (graph, _) = Self.build()
        let edge = try #require(Self.edge(graph, "community-portville", "theme-mobility", "about"))
        #expect(edge.weight == 0.5)
    }

    @Test func relatedEdgesJoinLikeItemsOfDifferentCommunitiesOnly() throws {
        let (graph, _) = Self.build()
        let related = graph.edges.filter { $0.type == "related" }
        let pair = try #require(related.first { $0.source == "network-harbour-wi-fi" && $0.target == "network-plaza-connect" })
        #expect(pair.properties["shared_themes"]?.arrayValue?.contains(.string("wireless")) == true)
        for edge in related {
            let a = graph.node(edge.source)?.properties["communities"], b = graph.node(edge.target)?.properties["communities"]
            #expect(a != b)
        }
    }

    @Test func relatedJSONFollowsTheOutputContract() throws {
        let query = RelatedQuery(graph: Self.build().json)
        let found = try query.related(to: "harbour wifi", limit: 5)
        let json = query.json(query: found.query, matches: found.matches)
        #expect(json["query"]?["id"] == "network-harbour-wi-fi")
        #expect(json["query"]?["label"] == "Harbour Wi-Fi")
        let results = try #require(json["results"]?.arrayValue)
        let first = try #require(results.first)
        #expect(first["id"] == "network-plaza-connect")
        #expect(first["community"] == "Hilltown")
        #expect(first["type"] == "network")
        #expect(first["shared_themes"]?.arrayValue?.contains(.string("wireless")) == true)
        let scores = results.compactMap { $0["score"]?.doubleValue }
        #expect(scores == scores.sorted(by: >) && scores.allSatisfy { $0 > 0 && $0 <= 1 })
        #expect(!results.contains { $0["community"] == .string("Portville") })
        // The JSON text parses back to the same document.
        #expect(try JSONParser.parse(JSONSerializer.serialize(json)) == json)
    }

    @Test func everyScoreIsExplainedByItsPrintedPartsAndWeights() throws {
        let query = RelatedQuery(graph: Self.build().json)
        let found = try query.related(to: "Harbour Wi-Fi", limit: 10)
        let json = query.json(query: found.query, matches: found.matches)
        let weights = try #require(json["weights"])
        let results = try #require(json["results"]?.arrayValue)
        #expect(!results.isEmpty)
        // The query has themes, terms and a partner, so every part counts.
        let names = ["themes", "lexical", "partners"]
        let total = names.compactMap { weights[$0]?.doubleValue }.reduce(0, +)
        for result in results {
            let parts = try #require(result["parts"])
            let explained = names.map { (weights[$0]?.doubleValue ?? 0) * (parts[$0]?.doubleValue ?? 0) }.reduce(0, +) / total
            #expect(abs(explained - (result["score"]?.doubleValue ?? -1)) < 1e-3)
            // A part above zero names what is shared.
            if (parts["themes"]?.doubleValue ?? 0) > 0 { #expect(result["shared_themes"]?.arrayValue?.isEmpty == false) }
            if (parts["lexical"]?.doubleValue ?? 0) > 0 { #expect(result["shared_terms"]?.arrayValue?.isEmpty == false) }
            if (parts["partners"]?.doubleValue ?? 0) > 0 { #expect(result["shared_partners"]?.arrayValue?.isEmpty == false) }
        }
    }

    @Test func relatedTableNamesCommunityTypeScoreAndWhy() throws {
        let query = RelatedQuery(graph: Self.build().json)
        let found = try query.related(to: "HWF")
        let lines = query.table(query: found.query, matches: found.matches).split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("Related to Harbour Wi-Fi (network, Portville)"))
        #expect(lines[1].hasPrefix("#") && lines[1].contains("Community") && lines[1].contains("Score"))
        #expect(lines[2].hasPrefix("1 ") && lines[2].contains("Plaza Connect") && lines[2].contains("Hilltown")
                && lines[2].contains("themes: wireless"))
    }

    @Test func anOrganisationCanBeQueriedButOnlyInitiativesAndNetworksAreReturned() throws {
        let (graph, json) = Self.build()
        let company = try #require(graph.node("organization-lakeside-ferry-company"))
        // What a query needs, but no themes of its own (those are for initiatives and networks).
        #expect(company.properties["theme_scores"] != nil && company.properties["themes"] == nil)
        #expect(!graph.edges.contains { $0.source == company.id && $0.type == "about" })
        let query = RelatedQuery(graph: json)
        let (item, matches) = try query.related(to: "Lakeside Ferry Company")
        #expect(query.index.items[item].id == company.id)
        #expect(Set(matches.map { query.index.items[$0.item].label }) == ["Ferry Timetable App", "Smart Bus Tracker"])
        // Nor does any query return an organisation.
        let (_, fromApp) = try query.related(to: "Ferry Timetable App")
        #expect(!fromApp.isEmpty && fromApp.allSatisfy { query.index.items[$0.item].isResult })
    }

    @Test func unknownNamesFailWithSuggestions() {
        let query = RelatedQuery(graph: Self.build().json)
        let error = #expect(throws: NameError.self) { try query.related(to: "Dockyard Incubation Hub") }
        #expect(error?.description.contains("closest") == true)
        #expect(error?.description.contains("Dockside Incubator (initiative, Lakeside)") == true)
    }

    @Test func communitiesRankByThemeProfile() throws {
        let query = RelatedQuery(graph: Self.build().json)
        let portville = try query.community(named: "portville")
        let like = query.communitiesLike(portville)
        #expect(like.first?.profile.community == "Hilltown")
        #expect(like.first?.shared == ["wireless"])
        let table = query.communitiesTable(like: nil)
        #expect(table.contains("Portville") && table.contains("mobility 50%"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: TestPaths.debugBinary), "build the binary first"))
    func commandPrintsJSONAndATableAndExitsTwoOnUnknownNames() throws {
        let directory = try TemporaryDirectory()
        try directory.write("exports/graph.json", JSONSerializer.serialize(Self.build().json))
        let from = directory.file("exports")
        let json = try #require(Shell.run(TestPaths.debugBinary, ["related", "harbour wi-fi", "--json", "--from", from]))
        #expect(json.status == 0)
        let parsed = try JSONParser.parse(json.stdout)
        #expect(parsed["query"]?["id"] == "network-harbour-wi-fi")
        #expect(parsed["results"]?.arrayValue?.first?["id"] == "network-plaza-connect")
        let table = try #require(Shell.run(TestPaths.debugBinary, ["related", "HWF", "--limit", "1", "--from", from]))
        #expect(table.status == 0 && table.stdout.contains("Plaza Connect") && table.stdout.contains("Hilltown"))
        let unknown = try #require(Shell.run(TestPaths.debugBinary, ["related", "Dockyard Incubation Hub", "--from", from]))
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("closest") && unknown.stdout.isEmpty)
    }
}
