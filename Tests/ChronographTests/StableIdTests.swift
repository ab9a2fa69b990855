import ChronographCore
import Foundation
import Testing
@testable import Chronograph

/// Ids come from content: a document added to the corpus leaves the ids of everything found in
/// the other documents as they were.
@Suite struct StableIdTests {
    static let lakeside = """
    Lakeside
    Lakeside, a harbour town, started the Harbour Wi-Fi project in 2012 with Northgate Telecom.
    In 2012 the town also opened the Lakeside Makers Festival in the digital quarter.

    Population: 12,000

    """
    static let ribeira = """
    Ribeira
    Ribeira opened the Ribeira Fibre Network in 2009 with the Coastal Broadband Agency.

    Population: 30,000

    """
    /// Sorts before the Lakeside profile and dates two more Lakeside events in 2012: with ids
    /// numbered per community-year, the profile's events would be renumbered.
    static let news = """
    Lakeside
    In 2012 Lakeside joined the Atlantic Smart Towns Network. In 2012 the Lakeside Youth Code Club began.

    """

    /// Event ids by where and what the event is; entity ids by canonical name and type.
    static func ids(_ files: [String: String]) throws -> (events: [String: String], entities: [String: String]) {
        let directory = try TemporaryDirectory()
        for (name, text) in files { try directory.write("in/" + name, text) }
        let result = try Pipeline().run(inputs: [directory.file("in")])
        var events: [String: String] = [:]
        for event in result.extraction.events {
            events["\(event.source.document):\(event.source.start)-\(event.source.end):\(event.title)"] = event.id
        }
        var entities: [String: String] = [:]
        for entity in result.extraction.entities { entities["\(entity.type.rawValue):\(entity.name)"] = entity.id }
        return (events, entities)
    }

    @Test func addingADocumentLeavesTheOtherDocumentsIdsAlone() throws {
        let before = try Self.ids(["lakeside.txt": Self.lakeside, "ribeira.txt": Self.ribeira])
        let after = try Self.ids(["lakeside.txt": Self.lakeside, "ribeira.txt": Self.ribeira, "a-news.txt": Self.news])
        #expect(before.events.count >= 3)
        #expect(after.events.keys.filter { $0.hasPrefix("a-news.txt:") }.count >= 2)
        for (key, id) in before.events { #expect(after.events[key] == id, "\(key)") }
        #expect(!before.entities.isEmpty)
        for (key, id) in before.entities { #expect(after.entities[key] == id, "\(key)") }
        // Ids are still unique across the corpus.
        #expect(Set(after.events.values).count == after.events.count)
    }

    @Test func anEventIdNamesItsCommunityYearAndContent() throws {
        let ids = try Self.ids(["ribeira.txt": Self.ribeira])
        let id = try #require(ids.events.values.first { $0.hasPrefix("evt-ribeira-2009-") })
        #expect(id.split(separator: "-").last?.count == 10)
    }
}
