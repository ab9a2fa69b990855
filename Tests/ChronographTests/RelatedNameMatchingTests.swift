import Testing
@testable import ChronographGraph

/// How `related NAME` finds the item meant: labels, aliases, accents, fuzzy, ambiguous.
@Suite struct RelatedNameMatchingTests {
    let matcher = NameMatcher(names: [
        ["Réseau Numérique Côtier", "RNC"],
        ["Harbour Free Wi-Fi"],
        ["Makers Lab"],
        ["Makers Lab"],
        ["Green Bus Corridor", "the Corridor"],
        ["Youth Coding Academy"],
    ])

    @Test func labelsAndAliasesIgnoringCaseAccentsAndPunctuation() {
        #expect(matcher.match("reseau numerique cotier") == .found(0))
        #expect(matcher.match("RÉSEAU  Numérique-Côtier") == .found(0))
        #expect(matcher.match("rnc") == .found(0))
        #expect(matcher.match("harbour free wifi") == .found(1))
        #expect(matcher.match("Corridor") == .found(4))
        #expect(matcher.match("The Green Bus Corridor") == .found(4))
    }

    @Test func fuzzyMatchesTyposAndPartialNames() {
        #expect(matcher.match("Youth Codng Academy") == .found(5))
        #expect(matcher.match("Green Bus") == .found(4))
    }

    @Test func sameNameInTwoPlacesIsAmbiguous() {
        #expect(matcher.match("makers lab") == .ambiguous([2, 3]))
    }

    @Test func unknownNamesSuggestTheClosest() {
        guard case let .unknown(suggestions) = matcher.match("Harbor Wifi Free Zone") else {
            Issue.record("expected unknown"); return
        }
        #expect(suggestions.first == 1)
        #expect(matcher.match("zzzz") == .unknown([]))
    }
}
