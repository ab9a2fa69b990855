import ChronographCore
import Foundation
import Testing
@testable import Chronograph
@testable import ChronographExport

/// Names with control characters, markup, quotes and non-Latin text survive every format:
/// each file is read back by a real reader (JSONParser, networkx, a CSV parser, the page's JSON).
@Suite struct ExportRoundTripTests {
    static let names = [ExportFixture.community, ExportFixture.otherCommunity, ExportFixture.person, ExportFixture.initiative]

    @Test func jsonKeepsEveryCharacter() throws {
        let (dir, extraction, _) = try ExportFixture.writeAll(formats: [.json])
        let graph = try JSONParser.parse(ExportFixture.read(dir + "/graph.json"))
        let labels = Set((graph["nodes"]?.arrayValue ?? []).compactMap { $0["label"]?.stringValue })
        for name in Self.names { #expect(labels.contains(name)) }
        let timeline = try JSONParser.parse(ExportFixture.read(dir + "/timeline.json"))
        let events = try #require(timeline["events"]?.arrayValue)
        #expect(events.compactMap { $0["text"]?.stringValue } == extraction.events.map(\.text))
        #expect(timeline["$schema"]?.stringValue == JSONExports.timelineSchemaID)
    }

    @Test func timelineJSEscapesMarkupAndKeepsText() throws {
        let (dir, extraction, _) = try ExportFixture.writeAll(formats: [.timelinejs])
        let slides = try #require(JSONParser.parse(ExportFixture.read(dir + "/timeline.timelinejs.json"))["events"]?.arrayValue)
        #expect(slides.count == extraction.events.count)
        for (slide, event) in zip(slides, extraction.events) {
            let headline = try #require(slide["text"]?["headline"]?.stringValue)
            #expect(!headline.contains("<"))
            #expect(unescapeHTML(headline) == event.title)
            #expect(slide["text"]?["text"]?.stringValue?.contains(EventPresentation.escapeHTML(event.text)) == true)
            #expect(slide["group"]?.stringValue == event.community)
            #expect(slide["unique_id"]?.stringValue == event.id)
        }
    }

    @Test func htmlEmbedsDataTheScriptCannotEscape() throws {
        let (dir, extraction, _) = try ExportFixture.writeAll(formats: [.html])
        let page = try ExportFixture.read(dir + "/timeline.html")
        let open = "<script type=\"application/json\" id=\"timeline-data\">"
        let start = try #require(page.range(of: open)).upperBound
        let end = try #require(page.range(of: "</script>", range: start..<page.endIndex)).lowerBound
        let json = String(page[start..<end])
        #expect(!json.contains("<"))
        #expect(!json.unicodeScalars.contains { $0.value == 0x2028 || $0.value == 0x2029 })
        let events = try #require(JSONParser.parse(json)["events"]?.arrayValue)
        #expect(events.compactMap { $0["title"]?.stringValue } == extraction.events.map(\.title))
        #expect(events.compactMap { $0["text"]?.stringValue } == extraction.events.map(\.text))
        #expect(!page.contains("http://") && !page.contains("https://"), "the page must not load anything from the network")
    }

    @Test func neo4jCSVParsesBackWithTypedHeaders() throws {
        let (dir, _, graph) = try ExportFixture.writeAll(formats: [.neo4j])
        let nodes = parseCSV(try ExportFixture.read(dir + "/neo4j/nodes.csv"))
        let header = try #require(nodes.first)
        #expect(Array(header.prefix(3)) == ["id:ID", ":LABEL", "name"])
        #expect(header.contains("population:long") && header.contains("themes:string[]") && header.contains("first_year:long"))
        // An alias holds the array delimiter, so aliases travel as JSON text, untyped.
        #expect(header.contains("aliases") && !header.contains("aliases:string[]"))
        let rows = nodes.dropFirst()
        #expect(rows.allSatisfy { $0.count == header.count })
        #expect(rows.count == graph.nodes.count)
        let names = Dictionary(uniqueKeysWithValues: rows.map { ($0[0], $0[2]) })
        for node in graph.nodes { #expect(names[node.id] == node.label) }
        let themes = try #require(header.firstIndex(of: "themes:string[]"))
        let initiative = try #require(rows.first { $0[1] == "Node;Initiative" })
        #expect(initiative[themes] == "broadband;digital-inclusion")

        let relationships = parseCSV(try ExportFixture.read(dir + "/neo4j/relationships.csv"))
        #expect(Array(relationships[0].prefix(3)) == [":START_ID", ":END_ID", ":TYPE"])
        #expect(relationships[0].contains("weight:double"))
        #expect(relationships.count - 1 == graph.edges.count)
        #expect(Set(relationships.dropFirst().map { $0[2] }).isSuperset(of: ["EVENT_OF", "MENTIONED_IN", "RECEIVED"]))
        let cypher = try ExportFixture.read(dir + "/neo4j/import.cypher")
        // Running the script twice must not double relationships: MERGE, on pairs that are unique per type.
        #expect(cypher.contains("MERGE (n:Node:Initiative") && cypher.contains("MERGE (a)-[r:MENTIONED_IN]->(b)"))
        #expect(!cypher.contains("CREATE (a)"))
        let pairs = relationships.dropFirst().map { $0[0] + "\u{0}" + $0[1] + "\u{0}" + $0[2] }
        #expect(Set(pairs).count == pairs.count)
    }

    @Test(.enabled(if: Tool.pythonHas("networkx"), "python3 with networkx is not installed"))
    func networkxReadsGEXFAndGraphMLWithTypedAttributes() throws {
        let (dir, _, graph) = try ExportFixture.writeAll(formats: [.gexf, .graphml])
        let script = """
        import json, sys, networkx as nx
        out = {}
        for kind, read in (("gexf", nx.read_gexf), ("graphml", nx.read_graphml)):
            g = read(sys.argv[1] + "/graph." + kind)
            out[kind] = {n: {k: ({"int": v} if type(v) is int else {"float": v} if type(v) is float else v) for k, v in d.items()}
                         for n, d in g.nodes(data=True)}
            out[kind + "-edges"] = [d.get("type") for *_, d in g.edges(data=True)]
        print(json.dumps(out, ensure_ascii=False))
        """
        let result = try Tool.run(Tool.python!, ["-c", script, dir])
        #expect(result.status == 0, "\(result.err)")
        let loaded = try JSONParser.parse(result.out)
        for kind in ["gexf", "graphml"] {
            let nodes = try #require(loaded[kind])
            for node in graph.nodes {
                let read = try #require(nodes[node.id], "\(kind) lost \(node.id)")
                #expect(read["label"]?.stringValue == XMLWriter.clean(node.label), "\(kind) label of \(node.id)")
                #expect(read["type"]?.stringValue == node.type.rawValue)
            }
            let community = try #require(nodes[CommunityRecord(name: ExportFixture.community, source: .init(document: "", start: 0, end: 0)).id])
            #expect(community["population"]?["int"]?.intValue == 4321)
            #expect(community["first_year"]?["int"]?.intValue == 1990)
            #expect(community["last_year"]?["int"]?.intValue == 2009)
            let initiative = try #require(nodes[EntityRecord.makeID(type: .initiative, name: ExportFixture.initiative)])
            let themes = try JSONParser.parse(try #require(initiative["themes"]?.stringValue))
            #expect(themes == .strings(["broadband", "digital-inclusion"]))
            #expect(initiative["mentions"]?["int"]?.intValue == 2)
            #expect(loaded[kind + "-edges"]?.arrayValue?.count == graph.edges.count)
        }
        let gexfCommunity = try #require(loaded["gexf"]?["community-" + Slug.make(ExportFixture.community)])
        let color = NodeStyle.color(.community)
        #expect(gexfCommunity["viz"]?["color"]?["r"]?.intValue == color.r)
        #expect(gexfCommunity["start"]?.stringValue == "1990-01-01")
        let graphmlCommunity = try #require(loaded["graphml"]?["community-" + Slug.make(ExportFixture.community)])
        #expect(graphmlCommunity["b"]?["int"]?.intValue == color.b)
        #expect(graphmlCommunity["size"]?["float"]?.doubleValue ?? 0 > 8)
    }

    @Test func xmlDropsOnlyWhatXMLCannotCarry() {
        #expect(XMLWriter.clean(ExportFixture.person) == "Zoë \"Z\" O'Hara <b>&amp;</b> Ярослава")
    }

    func unescapeHTML(_ text: String) -> String {
        [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")]
            .reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }
}
