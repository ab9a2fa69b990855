import Foundation
import Testing
@testable import Chronograph

/// The query side reads the built exports: listing, lookup by alias, and the entity card.
@Suite struct EntityReportsTests {
    static func exports() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("entity-reports-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let graph = """
        {"nodes": [
          {"id": "community-lakeside", "label": "Lakeside City", "type": "community", "aliases": ["Lakeside"]},
          {"id": "person-jose-ramirez", "label": "José Ramírez", "type": "person", "aliases": ["Mayor Ramirez"],
           "communities": ["Lakeside City"], "mentions": 3},
          {"id": "initiative-citypass", "label": "CityPass", "type": "initiative", "aliases": [],
           "communities": ["Lakeside City"], "mentions": 1}],
         "edges": [
          {"source": "person-jose-ramirez", "target": "community-lakeside", "type": "mentioned-in", "weight": 3},
          {"source": "initiative-citypass", "target": "person-jose-ramirez", "type": "co-occurs", "weight": 1}]}
        """
        let timeline = """
        {"events": [
          {"date": "1990", "community": "Lakeside City", "title": "Ramírez elected", "entities": ["person-jose-ramirez"]},
          {"date": "2001", "community": "Lakeside City", "title": "CityPass launched", "entities": ["initiative-citypass", "person-jose-ramirez"]}]}
        """
        try graph.write(toFile: dir + "/graph.json", atomically: true, encoding: .utf8)
        try timeline.write(toFile: dir + "/timeline.json", atomically: true, encoding: .utf8)
        return dir
    }

    @Test func listsByTypeAndCommunityAlias() throws {
        let reports = try EntityReports(directory: Self.exports())
        #expect(try reports.list().map(\.label) == ["José Ramírez", "CityPass"])
        #expect(try reports.list(type: "initiative").map(\.label) == ["CityPass"])
        #expect(try reports.list(community: "Lakeside").count == 2)
        #expect(throws: NameError.self) { try reports.list(community: "Elsewhere") }
    }

    @Test func cardFindsByAliasWithEventsInOrderAndStrongestLinks() throws {
        let reports = try EntityReports(directory: Self.exports())
        let entity = try reports.find("mayor ramirez")
        let card = try reports.card(for: entity)
        #expect(card.events.map(\.title) == ["Ramírez elected", "CityPass launched"])
        #expect(card.links.map(\.other) == ["Lakeside City", "CityPass"])
    }

    @Test func missingExportsAreAnError() {
        #expect(throws: (any Error).self) { try EntityReports(directory: "/nonexistent-chronograph-dir") }
    }
}
