/// A token of a sentence as the temporal tagger sees it: a word, a number cluster or one
/// punctuation mark, with its scalar range and whether white space precedes it.
struct TemporalToken: Sendable {
    enum Kind: Sendable { case word, number, punct }

    var kind: Kind
    /// Lower-cased for words, with ’ read as '; the scalar itself for punctuation; the digits for numbers.
    var text: String
    var range: Range<Int>
    var spaceBefore: Bool
    /// Words: starts with an upper-case letter.
    var capitalized = false
    /// Numbers: digit groups and the separators between them ("2014-12-25": 2014 12 25, - -).
    var groups: [String] = []
    var separators: [Unicode.Scalar] = []
    /// Numbers: lower-cased letters glued after the digits ("1970s" → "s", "21st" → "st", "4G" → "g").
    var suffix = ""

    /// A plain number: one digit group, no suffix.
    var plainValue: Int? {
        kind == .number && groups.count == 1 && suffix.isEmpty ? Int(groups[0]) : nil
    }

    /// A number as a quantity: "40", "2,000" (comma groups of three).
    var quantityValue: Int? {
        guard kind == .number, suffix.isEmpty else { return nil }
        if groups.count == 1 { return Int(groups[0]) }
        guard separators.allSatisfy({ $0 == "," }), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        return Int(groups.joined())
    }

    /// An ordinal written in digits: "21st", "3rd".
    var ordinalValue: Int? {
        guard kind == .number, groups.count == 1, ["st", "nd", "rd", "th"].contains(suffix) else { return nil }
        return Int(groups[0])
    }
}

/// Splits a sentence into temporal tokens in one pass over its scalars.
enum TemporalTokenizer {
    static let separators: Set<Unicode.Scalar> = [",", ".", "-", "\u{2013}", "/", ":"]

    static func tokens(_ scalars: [Unicode.Scalar]) -> [TemporalToken] {
        var tokens: [TemporalToken] = []
        var i = 0, space = true
        let n = scalars.count
        func isDigit(_ k: Int) -> Bool { k < n && ("0"..."9").contains(scalars[k]) }
        // ASCII first: Unicode property lookups are the slow path.
        func isLetter(_ k: Int) -> Bool {
            guard k < n else { return false }
            let s = scalars[k]
            return s.isASCII ? ("a"..."z").contains(s) || ("A"..."Z").contains(s) : s.properties.isAlphabetic
        }
        func isApostrophe(_ k: Int) -> Bool { k < n && (scalars[k] == "'" || scalars[k] == "\u{2019}") }
        while i < n {
            let s = scalars[i]
            if s == " " || s.properties.isWhitespace {
                space = true
                i += 1
                continue
            }
            let start = i
            if isDigit(i) {
                var groups: [String] = [], seps: [Unicode.Scalar] = []
                var group = String.UnicodeScalarView()
                while true {
                    while isDigit(i) { group.append(scalars[i]); i += 1 }
                    groups.append(String(group))
                    group = String.UnicodeScalarView()
                    guard i + 1 < n, separators.contains(scalars[i]), isDigit(i + 1) else { break }
                    seps.append(scalars[i])
                    i += 1
                }
                var suffix = ""
                if isApostrophe(i), i + 1 < n, scalars[i + 1] == "s" || scalars[i + 1] == "S", !isLetter(i + 2) {
                    suffix = "s"
                    i += 2
                } else {
                    var letters = String.UnicodeScalarView()
                    while isLetter(i) || isDigit(i) { letters.append(scalars[i]); i += 1 }
                    suffix = String(letters).lowercased()
                }
                tokens.append(TemporalToken(kind: .number, text: groups.joined(), range: start..<i, spaceBefore: space,
                                            groups: groups, separators: seps, suffix: suffix))
            } else if isLetter(i) {
                var word = String.UnicodeScalarView()
                while isLetter(i) || isDigit(i) || (isApostrophe(i) && isLetter(i + 1) && !word.isEmpty) {
                    word.append(isApostrophe(i) ? "'" : scalars[i])
                    i += 1
                }
                tokens.append(TemporalToken(kind: .word, text: String(word).lowercased(), range: start..<i, spaceBefore: space,
                                            capitalized: s.properties.isUppercase))
            } else {
                i += 1
                let text = s == "\u{2019}" || s == "\u{2018}" ? "'" : String(s)
                tokens.append(TemporalToken(kind: .punct, text: text, range: start..<i, spaceBefore: space))
            }
            space = false
        }
        return tokens
    }

    /// The token texts of a lexicon phrase.
    static func words(_ phrase: String) -> [String] {
        tokens(Array(phrase.unicodeScalars)).map(\.text)
    }
}
