import ChronographCore
import Foundation

/// Short forms a profile uses for its own community: "Fern" for "Fern-les-Bains",
/// "Lakeport" for "Lakeport City", "NLB" for "North Lake Bay" — kept only when the text uses them.
public enum CommunityAliases {
    /// Trailing words that name the kind of place rather than the place.
    static let genericTails: Set<String> = [
        "city", "county", "municipality", "region", "district", "province", "prefecture", "borough",
        "township", "town", "metro", "metropolitan", "shire", "state", "village", "commune",
    ]

    public static func find(name: String, in sentences: [String]) -> [String] {
        var candidates: [String] = []
        let words = name.split(separator: " ").map(String.init)
        if words.count > 1, let last = words.last, genericTails.contains(last.lowercased()) {
            candidates.append(words.dropLast().joined(separator: " "))
        }
        if words.count == 1, name.contains("-"), let head = name.split(separator: "-").first, head.count >= 3 {
            candidates.append(String(head))
        }
        if words.count >= 2 {
            let initials = String(words.compactMap { $0.first }.filter(\.isUppercase))
            if initials.count >= 2 { candidates.append(initials) }
        }
        var found = candidates.filter { candidate in
            sentences.contains { sentence in containsWord(candidate, in: sentence) }
        }
        // "Vale do Sul (VdS)": a short form the text introduces in parentheses after the name.
        for sentence in sentences {
            guard let introduced = parenthetical(after: name, in: sentence), !found.contains(introduced) else { continue }
            found.append(introduced)
        }
        return found
    }

    /// The one- or two-word parenthesis right after `name` in a sentence, if any; not after a
    /// longer name that ends with it ("University of Lakeport (UL)" is the university's).
    static func parenthetical(after name: String, in sentence: String) -> String? {
        guard let r = sentence.range(of: name + " ("), let close = sentence[r.upperBound...].firstIndex(of: ")") else { return nil }
        let before = sentence[..<r.lowerBound]
        if let last = before.last, last.isLetter || last == "-" { return nil }
        let previousWord = before.split(whereSeparator: { $0 == " " }).last.map(String.init) ?? ""
        if previousWord.first?.isUppercase == true || ["of", "de", "du", "des", "da", "do", "di", "for"].contains(previousWord) { return nil }
        let inside = sentence[r.upperBound..<close].trimmingCharacters(in: .whitespaces)
        guard !inside.isEmpty, inside.count <= 16, inside.split(separator: " ").count <= 2,
              inside.first?.isUppercase == true else { return nil }
        return inside
    }

    /// Whole-word occurrence (not followed by a letter or "-" continuing a longer name).
    static func containsWord(_ word: String, in text: String) -> Bool {
        var search = text[...]
        while let r = search.range(of: word) {
            let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
            let after = r.upperBound == text.endIndex ? nil : text[r.upperBound]
            let okBefore = before.map { !$0.isLetter && $0 != "-" } ?? true
            let okAfter = after.map { !$0.isLetter && $0 != "-" } ?? true
            if okBefore && okAfter { return true }
            search = text[r.upperBound...]
        }
        return false
    }
}

extension CommunityAliases {
    /// Kind words that turn a community name into a reference to the same community
    /// ("City of Lakeport", "Lakeport city", "the county of Fernhill").
    static let referenceWords = ["city", "county", "town", "municipality"]

    /// Folded forms that refer to a profiled community: its name, its short forms, "city of X",
    /// "X City", and "the city"/"the county" (a profile's own community, never an entity).
    public static func referenceForms(of communities: [CommunityRecord]) -> Set<String> {
        var forms: Set<String> = ["the city", "the county", "city", "county"]
        for community in communities {
            for name in [community.name] + community.aliases {
                let base = Slug.fold(name)
                forms.insert(base)
                for word in referenceWords {
                    forms.insert("\(word) of \(base)")
                    forms.insert("the \(word) of \(base)")
                    forms.insert("\(base) \(word)")
                }
            }
        }
        return forms
    }
}
