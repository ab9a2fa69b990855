import ChronographCore
import Foundation
import Testing
@testable import Chronograph
@testable import ChronographExport

/// `chronograph timeline`: filters over the built exports, as a library call and as a command.
@Suite struct TimelineQueryTests {
    /// Exports of a small made-up corpus, built once per test into a fresh folder.
    static func built() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try directory.write("in/profiles.txt", """
            Port Ellis
            In 1998 the harbour board built a fibre network along the quays.
            Since 2012 the Port Ellis Makers Festival has drawn 40,000 visitors a year.
            Population: 21,000
            Smart21 2015
            Vale do Sul
            Vale do Sul (VdS) adopted a digital strategy in March 2016.
            By 2019 every school in VdS had broadband.
            Population: 9,500
            """)
        let result = try Pipeline().run(inputs: [directory.file("in")])
        var timer = StageTimer()
        _ = try Exports.write(result, formats: [.json], to: directory.file("out"), timer: &timer)
        return directory
    }

    @Test func filtersCombineAndKeepChronologicalOrder() throws {
        let directory = try Self.built()
        let reader = ExportReader(directory: directory.file("out"))
        let all = try TimelineQuery().run(reader)
        #expect(all.map(\.year) == all.map(\.year).sorted())
        #expect(Set(all.map(\.community)) == ["Port Ellis", "Vale do Sul"])

        let vale = try TimelineQuery(community: "vale do sul").run(reader)
        #expect(!vale.isEmpty && vale.allSatisfy { $0.community == "Vale do Sul" })
        // An alias the text uses for the community selects it too.
        #expect(try TimelineQuery(community: "VdS").run(reader).map(\.id) == vale.map(\.id))

        let window = try TimelineQuery(from: 2000, to: 2016).run(reader)
        #expect(window.allSatisfy { ($0.date.latest?.year ?? .max) >= 2000 && ($0.date.earliest?.year ?? .min) <= 2016 })
        // An open "since 2012" span reaches into any later window.
        #expect(try TimelineQuery(from: 2030).run(reader).contains { $0.date.description == "2012/.." })

        let awards = try TimelineQuery(type: .award).run(reader)
        #expect(awards.map(\.title) == ["Smart21 2015"])
        #expect(try TimelineQuery(theme: "recognition").run(reader).contains { $0.type == .award })
    }

    @Test func communityNamesAreMatchedFuzzilyAndUnknownOnesRefused() throws {
        let directory = try Self.built()
        let reader = ExportReader(directory: directory.file("out"))
        #expect(throws: NameError.self) { try TimelineQuery(community: "Atlantis").run(reader) }
        let misspelt = try TimelineQuery(community: "port elis").run(reader)
        #expect(!misspelt.isEmpty && misspelt.allSatisfy { $0.community == "Port Ellis" })
    }

    @Test func tableAndJSONCarryTheSameEvents() throws {
        let directory = try Self.built()
        let events = try TimelineQuery(community: "Port Ellis").run(ExportReader(directory: directory.file("out")))
        let table = TimelineQuery.table(events).split(separator: "\n")
        #expect(table.first?.hasPrefix("DATE") == true)
        #expect(table.count == events.count + 1)
        let json = try JSONParser.parse(JSONSerializer.serialize(TimelineQuery.document(events)))
        #expect(json["events"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == events.map(\.id))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: TestPaths.debugBinary), "build the binary first"))
    func commandPrintsAndFailsClearly() throws {
        let directory = try Self.built()
        let out = directory.file("out")
        let table = try #require(Shell.run(TestPaths.debugBinary, ["timeline", "--community", "Port Ellis", "--from", out]))
        #expect(table.status == 0)
        #expect(table.stdout.contains("Port Ellis") && !table.stdout.contains("Vale do Sul"))
        let json = try #require(Shell.run(TestPaths.debugBinary, ["timeline", "--type", "award", "--json", "--from", out]))
        #expect(try JSONParser.parse(json.stdout)["events"]?.arrayValue?.count == 1)
        let badType = try #require(Shell.run(TestPaths.debugBinary, ["timeline", "--type", "party", "--from", out]))
        #expect(badType.status == 64 && badType.stderr.contains("unknown value 'party'"))
        let missing = try #require(Shell.run(TestPaths.debugBinary, ["timeline", "--from", directory.file("nowhere")]))
        #expect(missing.status == 1 && missing.stderr.contains("timeline.json"))
    }
}
