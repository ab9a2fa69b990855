import ChronographCore
import ChronographExport
import ChronographGraph
import Foundation
import Testing
@testable import Chronograph
@testable import ChronographStore

/// `chronograph.sqlite`: what build writes into it, that the same input gives the same bytes,
/// full-text search, and that the query commands answer from it as from the JSON exports.
@Suite struct StoreTests {
    static let profiles = """
    São Gonçalo
    São Gonçalo (SG) opened the Ribeira Fibre Network in 2009 with Northgate Telecom.
    In 2014 the city launched the Café Digital programme for older residents.

    Population: 30,000
    Smart21 2015

    Lakeside
    Lakeside, a harbour town, started the Harbour Wi-Fi project in 2012 with Northgate Telecom.
    Since 2018 the Lakeside Makers Festival has drawn visitors to the digital quarter.

    Population: 12,000

    """

    /// A build of `profiles` with every default format, and its pipeline result.
    static func built(_ directory: TemporaryDirectory, into name: String = "out") throws -> (out: String, result: Pipeline.Result) {
        let input = try directory.write("in/towns.txt", profiles)
        let result = try Pipeline().run(inputs: [input])
        var timer = StageTimer()
        _ = try Exports.write(result, to: directory.file(name), timer: &timer)
        return (directory.file(name), result)
    }

    static func store(_ out: String) throws -> Store { try Store(path: out + "/" + Store.fileName) }

    @Test func theStoreHoldsWhatTheBuildFound() throws {
        let directory = try TemporaryDirectory()
        let (out, result) = try Self.built(directory)
        let store = try Self.store(out)
        // Events come back equal, ids, spans and time expressions included, in timeline order.
        #expect(try store.events() == result.extraction.events)
        #expect(try store.events(community: "Lakeside") == result.extraction.events.filter { $0.community == "Lakeside" })
        let communities = try store.communities()
        #expect(communities.map(\.name) == ["Lakeside", "São Gonçalo"])
        #expect(communities.first { $0.name == "São Gonçalo" }?.aliases.contains("SG") == true)
        // Every entity of the graph, with its communities in the graph's order.
        let entities = try store.entities()
        let graphEntities = result.graph.nodes.filter { StoreWriter.entityTypes.contains($0.type) }
        #expect(entities.map(\.id) == graphEntities.map(\.id))
        let telecom = try #require(entities.first { $0.label == "Northgate Telecom" })
        #expect(telecom.communities == ["São Gonçalo", "Lakeside"] && telecom.mentions == 2)
        #expect(try store.entities(type: "organization", community: "Lakeside").map(\.id).contains(telecom.id))
        #expect(try store.entities(type: "person", community: "Lakeside").isEmpty)
        // Related items carry the same evidence graph.json gives the engine.
        let fromJSON = RelatedQuery(graph: JSONExports.graph(result.graph)).index.items
        #expect(try RelatedIndex(items: store.relatedItems()).items == fromJSON)
    }

    @Test func occurrencesPointIntoTheirSentencesAndDocumentsCarryTheirHash() throws {
        let directory = try TemporaryDirectory()
        let (out, result) = try Self.built(directory)
        let rows = try sqlite(out, """
            SELECT e.name, substr(s.text, o.start - s.start + 1, o."end" - o.start) FROM occurrences o
            JOIN entities e ON e.id = o.entity JOIN sentences s ON s.id = o.sentence ORDER BY o.document, o.start
            """)
        #expect(!rows.isEmpty)
        // The mention's offsets, taken inside its sentence's text, give a name of the entity.
        #expect(rows.contains("Northgate Telecom|Northgate Telecom"))
        let sentences = result.profiles.flatMap(\.sentences)
        #expect(try sqlite(out, "SELECT count(*) FROM sentences") == ["\(sentences.count)"])
        let document = try #require(result.documents.first)
        #expect(try sqlite(out, "SELECT path, sha256, characters FROM documents")
                == ["towns.txt|\(ContentHash.hex(Self.profiles.utf8))|\(document.scalars.count)"])
    }

    @Test func sha256MatchesTheStandardVectors() {
        #expect(ContentHash.hex("".utf8) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(ContentHash.hex("abc".utf8) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ContentHash.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func twoBuildsOfOneInputWriteTheSameBytes() throws {
        let directory = try TemporaryDirectory()
        let first = try Self.built(directory, into: "one").out, second = try Self.built(directory, into: "two").out
        let a = try #require(FileManager.default.contents(atPath: first + "/" + Store.fileName))
        let b = try #require(FileManager.default.contents(atPath: second + "/" + Store.fileName))
        #expect(a == b)
        // Fixed page size and schema version, readable by any SQLite client.
        #expect(try sqlite(first, "PRAGMA page_size; PRAGMA user_version") == ["4096", "1"])
    }

    @Test func searchIgnoresAccentsAndCaseAndRanksNamesFirst() throws {
        let directory = try TemporaryDirectory()
        let store = try Self.store(try Self.built(directory).out)
        let hits = try store.search(Store.Search(text: "sao goncalo"))
        #expect(hits.first?.kind == "community" && hits.first?.label == "São Gonçalo")
        #expect(hits.contains { $0.kind == "sentence" && $0.snippet.contains("[São] [Gonçalo]") })
        // Accents in the query are ignored too.
        #expect(try store.search(Store.Search(text: "CAFÉ")).contains { $0.snippet.contains("[Café]") })
        #expect(try store.search(Store.Search(text: "cafe")).contains { $0.snippet.contains("[Café]") })
        // Every word must occur; a quoted phrase must occur as written; a trailing * is a prefix.
        #expect(try store.search(Store.Search(text: "harbour fibre")).isEmpty)
        #expect(try store.search(Store.Search(text: "\"digital quarter\"")).map(\.community) == ["Lakeside", "Lakeside"])
        #expect(try store.search(Store.Search(text: "\"quarter digital\"")).isEmpty)
        #expect(try !store.search(Store.Search(text: "festiv*")).isEmpty)
        // FTS syntax in the input is read as words.
        #expect(try store.search(Store.Search(text: "NEAR(fibre OR \"")).isEmpty)
        #expect(Store.Search(text: " - \"\" ").expression == nil)
        // A sentence hit names its events and the entities it mentions, with its source span.
        let sentence = try #require(try store.search(Store.Search(text: "ribeira", type: "sentence")).first)
        #expect(sentence.events.count == 1 && sentence.entities.contains { $0.contains("northgate-telecom") })
        #expect(sentence.source?.document == "towns.txt")
    }

    @Test func searchFiltersByTypeCommunityAndYears() throws {
        let directory = try TemporaryDirectory()
        let store = try Self.store(try Self.built(directory).out)
        // The name, two event titles and their two sentences.
        let telecom = try store.search(Store.Search(text: "northgate"))
        #expect(telecom.map(\.kind).sorted() == ["entity", "event", "event", "sentence", "sentence"])
        #expect(try store.search(Store.Search(text: "northgate", type: "organization")).map(\.label) == ["Northgate Telecom"])
        #expect(try store.search(Store.Search(text: "northgate", type: "sentence")).count == 2)
        // The entity is named in both communities; the event and sentence are Lakeside's own.
        let lakeside = try store.search(Store.Search(text: "northgate", community: "Lakeside"))
        #expect(lakeside.map(\.kind).sorted() == ["entity", "event", "sentence"])
        #expect(lakeside.filter { $0.kind != "entity" }.allSatisfy { $0.community == "Lakeside" })
        // Years keep hits dated by an event reaching them: 2009's network, not 2012's project;
        // undated hits (the entity) are left out.
        let dated = try store.search(Store.Search(text: "northgate", fromYear: 2005, toYear: 2010))
        #expect(dated.map(\.kind).sorted() == ["event", "sentence"] && dated.allSatisfy { $0.community == "São Gonçalo" })
        #expect(dated.first { $0.kind == "event" }?.date == "2009")
        // "Since 2018" is open: it reaches any later year.
        #expect(try store.search(Store.Search(text: "festival", fromYear: 2030)).contains { $0.community == "Lakeside" })
        #expect(try store.search(Store.Search(text: "festival", toYear: 2017)).isEmpty)
        #expect(try store.search(Store.Search(text: "northgate", limit: 1)).count == 1)
    }

    @Test func queriesAnswerFromTheStoreAsFromTheJSONExports() throws {
        let directory = try TemporaryDirectory()
        let out = try Self.built(directory).out
        let jsonOnly = directory.file("json-only")
        try FileManager.default.createDirectory(atPath: jsonOnly, withIntermediateDirectories: true)
        for name in ["graph.json", "timeline.json"] { try FileManager.default.copyItem(atPath: out + "/" + name, toPath: jsonOnly + "/" + name) }
        let store = try EntityReports(directory: out), json = try EntityReports(directory: jsonOnly)
        #expect(try store.list() == json.list())
        #expect(try store.list(type: "organization", community: "sao goncalo") == json.list(type: "organization", community: "sao goncalo"))
        for name in ["Northgate Telecom", "northgate telekom", "Lakeside", "SG", "Smart21"] {
            let a = try store.card(for: store.find(name)), b = try json.card(for: json.find(name))
            #expect(a.entity == b.entity && a.links == b.links && a.events.map(\.title) == b.events.map(\.title), "\(name)")
        }
        #expect(throws: NameError.self) { try store.find("Quixotic Zephyr") }
        for query in [TimelineQuery(), TimelineQuery(community: "Lakesid"), TimelineQuery(from: 2010, type: .initiative)] {
            #expect(try query.run(ExportReader(directory: out)) == query.run(ExportReader(directory: jsonOnly)))
        }
        let related = try RelatedQuery.load(from: out), relatedJSON = try RelatedQuery.load(from: jsonOnly)
        let found = try related.related(to: "Ribeira Fibre Network"), foundJSON = try relatedJSON.related(to: "ribeira fibre network")
        #expect(related.json(query: found.query, matches: found.matches) == relatedJSON.json(query: foundJSON.query, matches: foundJSON.matches))
        #expect(related.communitiesJSON(like: nil) == relatedJSON.communitiesJSON(like: nil))
    }

    @Test func aDamagedForeignOrOldStoreIsOneErrorNamingTheFile() throws {
        let directory = try TemporaryDirectory()
        let out = try Self.built(directory).out
        let path = out + "/" + Store.fileName
        let good = try #require(FileManager.default.contents(atPath: path))
        func expectRefused(_ bytes: Data, saying text: String) throws {
            try bytes.write(to: URL(fileURLWithPath: path))
            let error = #expect(throws: ChronographError.self) { try EntityReports(directory: out) }
            #expect(error?.description.hasPrefix(path + ": ") == true && error?.description.contains(text) == true,
                    "\(String(describing: error))")
        }
        try expectRefused(Data("not a database at all, just some text that is long enough".utf8), saying: "run `chronograph build` again")
        // The header's user_version (offset 60) and application_id (offset 68), big-endian.
        var old = good
        old.replaceSubrange(60..<64, with: [0, 0, 0, 0])
        try expectRefused(old, saying: "schema version 0, this chronograph reads version 1")
        var foreign = good
        foreign.replaceSubrange(68..<72, with: [0, 0, 0, 0])
        try expectRefused(foreign, saying: "is not a Chronograph store")
        var truncated = good
        truncated.removeSubrange(8192...)
        try truncated.write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: ChronographError.self) { _ = try Self.store(out).events() }
        #expect(error?.description.contains(path) == true, "\(String(describing: error))")
    }

    /// Rows of a statement through the sqlite3 client, as users would read them.
    func sqlite(_ out: String, _ sql: String) throws -> [String] {
        let run = try #require(Shell.run("/usr/bin/env", ["sqlite3", out + "/" + Store.fileName, sql]))
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout.split(separator: "\n").map(String.init)
    }
}

/// `chronograph search` and the store through the binary: output shapes and exit statuses.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: TestPaths.debugBinary), "run `swift build` first"))
struct SearchCommandTests {
    @Test func searchPrintsRankedHitsAndFailsClearly() throws {
        let (directory, out) = try CLITests.built()
        defer { withExtendedLifetime(directory) {} }
        let run = try CLITests.run(["search", "northgate", "--community", "fernbrok", "--json", "--from", out])
        #expect(run.status == 0, "\(run.stderr)")
        let document = try JSONParser.parse(run.stdout)
        #expect(document.objectValue?.map(\.0) == ["query", "hits"])
        let hits = document["hits"]?.arrayValue ?? []
        // The university is named in both towns; the event and the sentence are Fernbrook's.
        #expect(Set(hits.compactMap { $0["kind"]?.stringValue }) == ["entity", "event", "sentence"])
        #expect(hits.filter { $0["kind"]?.stringValue != "entity" }.allSatisfy { $0["community"]?.stringValue == "Fernbrook" })
        #expect(hits.first?["source"]?["document"]?.stringValue == "towns.txt")
        let table = try CLITests.run(["search", "library", "--from", out])
        #expect(table.status == 0 && table.stdout.hasPrefix("#") && table.stdout.contains("[Library]"))
        try CLITests.expectError(["search", "zebra", "--from", out], status: 2, containing: "no hits match")
        try CLITests.expectError(["search", "northgate", "--community", "Atlantis", "--from", out], status: 2,
                                 containing: "no community is named 'Atlantis'")
        try CLITests.expectError(["search", "x", "--type", "robot", "--from", out], status: 64, containing: "initiative")
        try CLITests.expectError(["search", "\"\"", "--from", out], status: 64, containing: "no word")
        try CLITests.expectError(["search", "x", "--limit", "0", "--from", out], status: 64, containing: "--limit")
    }

    @Test func aFolderWithoutAStoreOrWithADamagedOneSaysSo() throws {
        let (directory, out) = try CLITests.built()
        let jsonOnly = directory.file("json-only")
        let build = try CLITests.run(["build", directory.file("in"), "--format", "json", "--out", jsonOnly])
        #expect(build.status == 0, "\(build.stderr)")
        try CLITests.expectError(["search", "library", "--from", jsonOnly], status: 1, containing: jsonOnly + "/chronograph.sqlite: not found")
        // The other queries fall back to the JSON exports.
        #expect(try CLITests.run(["timeline", "--from", jsonOnly]).status == 0)
        let store = out + "/chronograph.sqlite"
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: store))
        for command in [["timeline"], ["entities"], ["show", "Lakeside"], ["related", "x"], ["communities"], ["search", "x"]] {
            try CLITests.expectError(command + ["--from", out], status: 1, containing: store + ": is damaged")
        }
    }
}
