import ChronographCore
import Testing
@testable import ChronographGraph

/// The similarity parts and the ranking of the related-initiatives index, on made-up items.
@Suite struct RelatedIndexTests {
    static func item(_ id: String, _ community: String, themes: [String: Double], terms: [String: Int] = [:],
                     partners: [String] = []) -> RelatedItem {
        RelatedItem(id: "initiative-" + id, label: id, type: "initiative", communities: [community],
                    themes: themes, terms: terms, partners: partners)
    }

    let items = [
        item("harbour-wifi", "Portville", themes: ["wireless": 1, "digital-inclusion": 0.8],
             terms: ["free": 2, "hotspot": 1, "harbour": 1], partners: ["organization-telco"]),
        item("market-wifi", "Hilltown", themes: ["wireless": 1, "digital-inclusion": 1],
             terms: ["free": 1, "hotspot": 2, "market": 1]),
        item("bus-app", "Hilltown", themes: ["mobility": 1], terms: ["bus": 2, "timetable": 1]),
        item("river-sensors", "Lakeside", themes: ["wireless": 1], terms: ["sensor": 2, "river": 1],
             partners: ["organization-telco"]),
        item("port-radio", "Portville", themes: ["wireless": 1], terms: ["radio": 1]),
        item("school-laptops", "Lakeside", themes: ["education": 1, "digital-inclusion": 1], terms: ["laptop": 1]),
    ]

    @Test func moreSharedThemesRankFirstAndOwnCommunityIsExcluded() throws {
        let index = RelatedIndex(items: items)
        let query = try #require(index.index(of: "initiative-harbour-wifi"))
        let results = index.related(to: query, limit: 10).map { index.items[$0.item].label }
        #expect(results.first == "market-wifi")
        #expect(!results.contains("port-radio"))
        #expect(!results.contains("harbour-wifi"))
        #expect(!results.contains("bus-app"))
        #expect(Set(results) == ["market-wifi", "river-sensors", "school-laptops"])
    }

    @Test func partsAreInUnitRangeAndExplainTheScore() throws {
        let index = RelatedIndex(items: items)
        let a = try #require(index.index(of: "initiative-harbour-wifi"))
        let b = try #require(index.index(of: "initiative-market-wifi"))
        let s = index.explain(a, b)
        #expect(s.themes > 0.9 && s.themes <= 1)
        #expect(s.lexical > 0 && s.lexical < 1)
        #expect(s.partners == 0)
        #expect(Set(s.sharedThemes) == ["wireless", "digital-inclusion"])
        #expect(Set(s.sharedTerms) == ["free", "hotspot"])
        let w = index.weights
        let expected = (w.themes * s.themes + w.lexical * s.lexical + w.partners * s.partners)
            / (w.themes + w.lexical + w.partners)
        #expect(abs(s.score - expected) < 1e-9)
        #expect(s.score > 0 && s.score <= 1)
    }

    @Test func sharedPartnersAddToTheScore() throws {
        let index = RelatedIndex(items: items)
        let a = try #require(index.index(of: "initiative-harbour-wifi"))
        let sensors = index.explain(a, try #require(index.index(of: "initiative-river-sensors")))
        #expect(sensors.partners == 1)
        #expect(sensors.sharedPartners == ["organization-telco"])
    }

    @Test func rarerSharedThemesWeighMore() throws {
        // wireless is on four items, digital-inclusion on three: sharing only the rarer one covers more.
        let index = RelatedIndex(items: items)
        let a = try #require(index.index(of: "initiative-market-wifi"))
        let viaWireless = index.explain(a, try #require(index.index(of: "initiative-river-sensors"))).themes
        let viaInclusion = index.explain(a, try #require(index.index(of: "initiative-school-laptops"))).themes
        #expect(viaWireless > 0)
        #expect(viaInclusion > viaWireless)
        #expect(abs(viaInclusion + viaWireless - 1) < 1e-9)
    }

    @Test func queryScoresMatchExplainedScoresAndAreSorted() throws {
        let index = RelatedIndex(items: items)
        for i in index.items.indices {
            let results = index.related(to: i, limit: 10)
            for match in results { #expect(abs(match.similarity.score - index.explain(i, match.item).score) < 1e-9) }
            #expect(results.map(\.similarity.score) == results.map(\.similarity.score).sorted(by: >))
        }
    }

    @Test func communityProfilesCompareByShares() {
        let profiles = CommunityProfile.profiles([
            ("A", ["wireless"]), ("A", ["wireless", "health"]), ("B", ["wireless"]), ("C", ["tourism-culture"]),
        ])
        #expect(profiles.map(\.community) == ["A", "B", "C"])
        #expect(profiles[0].shares == ["wireless": 1, "health": 0.5])
        let ranked = profiles[0].ranked(among: profiles)
        #expect(ranked.map(\.profile.community) == ["B", "C"])
        #expect(ranked[0].shared == ["wireless"])
        #expect(ranked[1].score == 0)
    }
}
