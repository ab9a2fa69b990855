import ChronographCore

/// A word or punctuation mark of a sentence, with its scalar range in the sentence.
struct WordToken: Sendable {
    enum Shape: Sendable { case capitalised, acronym, mixed, number, joiner, lower, punct }

    var text: String
    var folded: String
    var range: Range<Int>
    var shape: Shape
    /// "Issy’s": the possessive ending is not part of `text`.
    var possessive = false

    /// Capitalised, all-capitals or mixed-case ("iHub", "#EduInnoLab", "4Afrika").
    var isNameWord: Bool { shape == .capitalised || shape == .acronym || shape == .mixed }
    var isWord: Bool { shape != .punct }
}

/// Splits sentences into word tokens and finds the runs of capitalised words that may be names.
enum NameScanner {
    /// Abbreviations that keep their final full stop ("Co.", "Ltd.", "Dr.").
    static let abbreviations: Set<String> = ["co", "corp", "inc", "ltd", "dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr", "bros", "rev"]
    /// Company-form suffixes that follow a comma inside a name ("Cable TV Co., Ltd.").
    static let commaSuffixes: Set<String> = ["ltd.", "ltd", "inc.", "inc", "llc", "plc", "s.a.", "gmbh", "ag"]

    static func isInner(_ s: Unicode.Scalar) -> Bool { "-&'’./+".unicodeScalars.contains(s) }
    static func isAlnum(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || ("0"..."9").contains(s) }

    static func tokens(_ sentence: String) -> [WordToken] {
        let scalars = Array(sentence.unicodeScalars)
        var tokens: [WordToken] = []
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s.properties.isWhitespace { i += 1; continue }
            let startsWord = isAlnum(s) || (s == "#" && i + 1 < scalars.count && isAlnum(scalars[i + 1]))
            guard startsWord else {
                tokens.append(WordToken(text: String(s), folded: String(s), range: i..<(i + 1), shape: .punct))
                i += 1
                continue
            }
            let start = i
            i += 1
            while i < scalars.count {
                let c = scalars[i]
                if isAlnum(c) || c.properties.generalCategory == .nonspacingMark { i += 1; continue }
                if isInner(c), i + 1 < scalars.count, isAlnum(scalars[i + 1]) { i += 1; continue }
                break
            }
            var end = i
            var text = string(scalars[start..<end])
            // "Co." and initials ("A.T.") keep their full stop.
            if end < scalars.count, scalars[end] == ".",
               abbreviations.contains(text.lowercased()) || isInitials(text) {
                end += 1
                i = end
                text += "."
            }
            var possessive = false
            for suffix in ["’s", "'s"] where text.hasSuffix(suffix) && text.count > 2 {
                text.removeLast(2)
                possessive = true
            }
            if !possessive, end < scalars.count, scalars[end] == "’" || scalars[end] == "'",
               text.last == "s", end + 1 == scalars.count || !isAlnum(scalars[end + 1]) {
                possessive = true
            }
            let range = start..<(start + text.unicodeScalars.count)
            tokens.append(WordToken(text: text, folded: Slug.fold(text), range: range, shape: shape(of: text),
                                    possessive: possessive))
        }
        return tokens
    }

    static func isInitials(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { $0.count == 1 && $0.first!.isUppercase }
    }

    static func shape(of text: String) -> WordToken.Shape {
        let letters = text.filter(\.isLetter)
        if letters.isEmpty { return .number }
        if text.hasPrefix("#") { return .mixed }
        var body = Substring(text)
        // Elided articles: "d’Information", "l’Europe".
        if body.count > 2, let second = body.dropFirst().first, second == "’" || second == "'",
           let first = body.first, first == "d" || first == "l" { body = body.dropFirst(2) }
        guard let first = body.first(where: { $0.isLetter || $0.isNumber }) else { return .lower }
        let uppers = letters.filter(\.isUppercase).count
        if first.isNumber {
            return uppers >= 1 && letters.count >= 2 ? .mixed : .lower
        }
        if first.isUppercase {
            if isInitials(text.hasSuffix(".") ? String(text.dropLast()) : text) { return .capitalised }
            if letters.count >= 2 && uppers == letters.count { return .acronym }
            // "ICT-based", "Co-working": capitalised but ending in a lower-case part.
            if let last = body.split(separator: "-").last, body.contains("-"),
               last.first?.isLowercase == true, !last.contains(where: \.isUppercase) { return .joiner }
            return .capitalised
        }
        guard uppers > 0 else { return .lower }
        // "iHub", "i-Taoyuan" are names; "sub-Saharan", "pan-European" are adjectives.
        if let hyphen = body.firstIndex(of: "-"), body.distance(from: body.startIndex, to: hyphen) > 1 { return .lower }
        return .mixed
    }

    /// Folded words of a lexicon phrase, split like sentence tokens.
    static func words(_ phrase: String) -> [String] {
        tokens(phrase).filter(\.isWord).map(\.folded)
    }

    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
