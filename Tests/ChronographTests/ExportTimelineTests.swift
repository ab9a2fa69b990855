import ChronographCore
import Foundation
import Testing
@testable import Chronograph
@testable import ChronographExport

/// Dates in words and TimelineJS objects, time spans for the dynamic graph, and the HTML page
/// as a browser renders it.
@Suite struct ExportTimelineTests {
    func event(_ date: EDTFDate, mod: TimeModifier? = nil, expression: String? = nil) -> Event {
        Event(community: "Lakeside", date: date, mod: mod, type: .milestone, title: "t", text: "t",
              source: SourceSpan(document: "d.txt", start: 0, end: 1), timeExpression: expression)
    }

    @Test func timelineJSDatesFollowTheEDTFPrecision() {
        let decade = TimelineJSExport.slide(event(.decade(1970)))
        #expect(decade["start_date"] == .object([("year", 1970)]))
        #expect(decade["end_date"] == .object([("year", 1979)]))
        #expect(decade["display_date"] == "the 1970s")

        let century = TimelineJSExport.slide(event(.century(1900)))
        #expect(century["end_date"] == .object([("year", 1999)]))
        #expect(century["display_date"] == "the 20th century")

        let interval = TimelineJSExport.slide(event(EDTFDate(from: .init(year: 2007, month: 3), to: .init(year: 2011))))
        #expect(interval["start_date"] == .object([("year", 2007), ("month", 3)]))
        #expect(interval["end_date"] == .object([("year", 2011)]))
        #expect(interval["display_date"] == "March 2007–2011")

        let since = TimelineJSExport.slide(event(.day(2012, 2, 29), mod: .since))
        #expect(since["start_date"] == .object([("year", 2012), ("month", 2), ("day", 29)]))
        #expect(since["end_date"] == nil)
        #expect(since["display_date"] == "since 29 February 2012")

        let until = TimelineJSExport.slide(event(EDTFDate(from: nil, to: .init(year: 1995)), mod: .by, expression: "until 1995"))
        #expect(until["start_date"] == .object([("year", 1995)]))
        #expect(until["display_date"] == "until 1995")
        // "by 2015" reads "by 2015", not "until 2015" (issue 12), in TimelineJS and the HTML page alike.
        let by = event(EDTFDate(from: nil, to: .init(year: 2015)), mod: .by, expression: "by 2015")
        #expect(TimelineJSExport.slide(by)["display_date"] == "by 2015")
        #expect(EventPresentation.dateLabel(event(EDTFDate(from: nil, to: .init(year: 2015)), mod: .by)) == "by 2015")
        #expect(EventPresentation.dateLabel(event(EDTFDate(.init(year: 2005, approximate: true)))) == "c. 2005")
    }

    @Test func timeSpansDateNodesByTheirEvents() throws {
        let extraction = ExportFixture.extraction()
        let graph = ExportFixture.graph(extraction)
        let spans = GraphTimeSpans(graph)
        let community = try #require(spans.nodes["community-" + Slug.make(ExportFixture.community)])
        #expect(community.first == EDTFDate.Day(year: 1990, month: 1, day: 1))   // the 1990s event
        #expect(community.last == EDTFDate.Day(year: 2009, month: 12, day: 31))  // the 2009 event, after the 2005 award
        let award = try #require(spans.nodes[EntityRecord.makeID(type: .award, name: "Civic Prize \"Gold\"")])
        #expect(award.firstYear == 2005 && award.lastYear == 2005)
        let person = EntityRecord.makeID(type: .person, name: ExportFixture.person)
        #expect(spans.nodes[person]?.firstYear == 2009)
        #expect(spans.nodes["theme-leadership"]?.firstYear == 2011)
        #expect(spans.nodes["theme-digital-inclusion"] == nil, "no dated event is about it")
        // An undated edge starts when both of its ends exist.
        let mentioned = try #require(graph.edges.first { $0.type == "mentioned-in" && $0.source == person })
        #expect(spans.start(of: mentioned) == EDTFDate.Day(year: 2009, month: 1, day: 1))
    }

    struct RenderedEvent { var id: String, community: String, hidden: Bool }

    /// The page as headless Chromium leaves it after its scripts ran.
    func render(_ file: String, hash: String = "") throws -> [RenderedEvent] {
        let url = URL(fileURLWithPath: file).absoluteString + hash
        let result = try Tool.run(Tool.chromium!, ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", url])
        #expect(result.status == 0, "\(result.err)")
        var events: [RenderedEvent] = []
        var rest = Substring(result.out)
        while let open = rest.range(of: "<li class=\"event") {
            let close = rest[open.upperBound...].firstIndex(of: ">")!
            let tag = rest[open.lowerBound..<close]
            events.append(RenderedEvent(id: attribute("data-event-id", in: tag) ?? "", community: attribute("data-community", in: tag) ?? "",
                                        hidden: tag.contains(" hidden")))
            rest = rest[close...]
        }
        return events
    }

    func attribute(_ name: String, in tag: Substring) -> String? {
        guard let start = tag.range(of: " \(name)=\"")?.upperBound, let end = tag[start...].firstIndex(of: "\"") else { return nil }
        return [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&nbsp;", "\u{A0}"), ("&amp;", "&")]
            .reduce(String(tag[start..<end])) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }

    @Test(.enabled(if: Tool.chromium != nil, "chromium is not installed (apt-get install chromium); CI installs it"))
    func browserRendersEveryEventAndFiltersByCommunity() throws {
        let dir = try ExportSchemaTests.seedExports()
        let timeline = try JSONParser.parse(ExportFixture.read(dir + "/timeline.json"))
        let events = try #require(timeline["events"]?.arrayValue)
        let rendered = try render(dir + "/timeline.html")
        #expect(rendered.map(\.id).sorted() == events.compactMap { $0["id"]?.stringValue }.sorted())
        #expect(rendered.allSatisfy { !$0.hidden })

        // The community with most events, so the filter has something to hide and to keep.
        let counts = Dictionary(grouping: events.compactMap { $0["community"]?.stringValue }, by: { $0 }).mapValues(\.count)
        let chosen = try #require(counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key)
        let encoded = chosen.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        let filtered = try render(dir + "/timeline.html", hash: "#community=" + encoded)
        #expect(filtered.count == events.count)
        #expect(filtered.filter { !$0.hidden }.count == counts[chosen])
        #expect(filtered.allSatisfy { $0.hidden == ($0.community != chosen) })
    }

    @Test(.enabled(if: Tool.chromium != nil, "chromium is not installed (apt-get install chromium); CI installs it"))
    func browserFiltersByAHostileCommunityName() throws {
        let (dir, extraction, _) = try ExportFixture.writeAll(formats: [.html])
        let name = ExportFixture.community
        let rendered = try render(dir + "/timeline.html", hash: "#community=" + name.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
        #expect(rendered.count == extraction.events.count)
        #expect(rendered.filter { !$0.hidden }.map(\.id) == extraction.events.filter { $0.community == name }.map(\.id))
    }
}
