import ChronographCore
import ChronographExtract
import Foundation
import Testing
@testable import Chronograph
@testable import ChronographExport
import ChronographGraph

/// Shared by the export suites: a small graph and timeline whose names carry control characters,
/// markup, quotes and non-Latin text, external tools found on PATH, and tiny parsers.
enum ExportFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
    static let shared = root.appendingPathComponent("../shared").standardized

    static let community = "Nová \"Ves\" & <Kárpáti> \u{1}Κοινότητα 北区"
    static let otherCommunity = "Río Claro; O'Neil"
    static let person = "Zoë \"Z\" O'Hara <b>&amp;</b>\u{B} Ярослава"
    static let initiative = "Ağ-Projekt «Smart;Net» 🚀"

    static func extraction() -> Extraction {
        let doc = "notes/fixture.txt"
        func span(_ a: Int, _ b: Int) -> SourceSpan { SourceSpan(document: doc, start: a, end: b) }
        let communities = [
            CommunityRecord(name: community, aliases: ["Ves <N>"], population: 4321, awards: [AwardRecord(award: "Civic Prize \"Gold\"", year: 2005)], source: span(0, 10)),
            CommunityRecord(name: otherCommunity, population: 90210, source: span(500, 510)),
        ]
        let personID = EntityRecord.makeID(type: .person, name: person)
        let initiativeID = EntityRecord.makeID(type: .initiative, name: initiative)
        let mention = { (a: Int, c: String, t: String) in Mention(span: span(a, a + 3), sentence: span(a, a + 40), community: c, text: t) }
        let entities = [
            EntityRecord(id: personID, name: person, type: .person, aliases: ["Zoë;Z"], communities: [community],
                         mentions: [mention(100, community, person), mention(300, community, person)]),
            EntityRecord(id: initiativeID, name: initiative, type: .initiative, communities: [community, otherCommunity],
                         mentions: [mention(100, community, initiative), mention(520, otherCommunity, initiative)],
                         themes: ["broadband", "digital-inclusion"]),
        ]
        var events = [
            Event(community: community, date: .decade(1990), type: .milestone, title: "Mills close </script><!-- & \"quotes\"",
                  text: "In the 1990s the mills closed <fast> & \"hard\"\u{2028}— Κάτι 北区.", themes: ["economy"], source: span(20, 80)),
            Event(community: community, date: .year(2009), mod: .since, type: .initiative, title: "Ağ-Projekt starts",
                  text: "Since 2009 \(initiative) links \(person)'s school.", themes: ["broadband"], entities: [initiativeID, personID],
                  source: span(100, 160)),
            Event(community: otherCommunity, date: EDTFDate(from: .init(year: 2011), to: .init(year: 2014)), type: .policy,
                  title: "Plan 2011–2014", text: "From 2011 to 2014 a plan ran.", themes: ["leadership"], source: span(520, 560)),
            Event(community: otherCommunity, date: .month(2016, 5), type: .award, title: "Prize", text: "In May 2016 it won.",
                  source: span(600, 620)),
        ]
        for i in events.indices { events[i].id = "evt-fixture-\(i + 1)" }
        return Extraction(communities: communities, events: events, entities: entities)
    }

    static func graph(_ extraction: Extraction) -> KnowledgeGraph {
        var graph = GraphBuilder(themes: ThemeLexicon.standard).build(extraction)
        // The builder derives item themes from sentences the fixture does not have: pin a
        // two-item list so list-typed attributes are exercised in every format.
        graph.update(EntityRecord.makeID(type: .initiative, name: initiative)) {
            $0.properties["themes"] = .strings(["broadband", "digital-inclusion"])
        }
        return graph
    }

    /// Writes every format for the fixture into a fresh temporary directory.
    static func writeAll(formats: [ExportFormat] = ExportFormat.allCases) throws -> (dir: String, extraction: Extraction, graph: KnowledgeGraph) {
        let extraction = extraction()
        let graph = graph(extraction)
        let dir = NSTemporaryDirectory() + "chronograph-export-\(UUID().uuidString)"
        var timer = StageTimer()
        _ = try Exports.write(graph: graph, events: extraction.events, formats: formats, to: dir, timer: &timer)
        return (dir, extraction, graph)
    }

    static func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }
}

enum Tool {
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static var python: String? { find("python3") }
    static var chromium: String? { find("chromium") ?? find("chromium-browser") }

    static func pythonHas(_ modules: String) -> Bool {
        guard let python else { return false }
        return (try? run(python, ["-c", "import \(modules)"]).status) == 0
    }

    /// Runs a program to completion (see `Shell.run`); throws when it cannot be started.
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        guard let output = Shell.run(executable, arguments) else { throw CocoaError(.executableNotLoadable) }
        return (output.status, output.stdout, output.stderr)
    }
}

/// RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks.
func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = [], row: [String] = [], field = "", quoted = false, wasQuoted = false
    var scalars = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = scalars.next()
    while let c = pending {
        pending = scalars.next()
        if quoted {
            if c == "\"" {
                if pending == "\"" { field.unicodeScalars.append(c); pending = scalars.next() } else { quoted = false }
            } else {
                field.unicodeScalars.append(c)
            }
        } else if c == "\"" {
            quoted = true
            wasQuoted = true
        } else if c == "," {
            row.append(field); field = ""; wasQuoted = false
        } else if c == "\n" {
            row.append(field); rows.append(row); row = []; field = ""; wasQuoted = false
        } else {
            field.unicodeScalars.append(c)
        }
    }
    if !field.isEmpty || wasQuoted || !row.isEmpty { row.append(field); rows.append(row) }
    return rows
}

@Suite struct ExportSupportTests {
    @Test func csvParserReadsQuotedFields() {
        #expect(parseCSV("a,\"b,\"\"c\"\"\n\",\n1,2,3\n") == [["a", "b,\"c\"\n", ""], ["1", "2", "3"]])
    }

    @Test func formatsParseWithNeo4jOnRequest() throws {
        #expect(try ExportFormat.parse([]) == [.graphml, .gexf, .json, .timelinejs, .html, .sqlite])
        #expect(try ExportFormat.parse(["gexf,neo4j"]) == [.gexf, .neo4j])
        #expect(throws: ChronographError.self) { try ExportFormat.parse(["pdf"]) }
    }
}
