import ChronographCore

/// A word or punctuation mark of a sentence, with its scalar range in the sentence.
struct WordToken: Sendable {
    enum Shape: Sendable { case capitalised, acronym, mixed, number, joiner, lower, punct }

    var text: String
    var folded: String
    var range: Range<Int>
    var shape: Shape
    /// "Lakeport’s": the possessive ending is not part of `text`.
    var possessive = false

    /// Capitalised, all-capitals or mixed-case ("eBay", "#CodeWeek", "3Com").
    var isNameWord: Bool { shape == .capitalised || shape == .acronym || shape == .mixed }
    var isWord: Bool { shape != .punct }
}

/// A sentence split into tokens once, shared by the heading test, candidate finding and
/// relation cues.
struct ScannedSentence: Sendable {
    let scalars: [Unicode.Scalar]
    let tokens: [WordToken]
    let folded: [String]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        tokens = NameScanner.tokens(scalars)
        folded = tokens.map(\.folded)
    }
}

/// Splits sentences into word tokens and finds the runs of capitalised words that may be names.
enum NameScanner {
    /// Abbreviations that keep their final full stop ("Co.", "Ltd.", "Dr.").
    static let abbreviations: Set<String> = ["co", "corp", "inc", "ltd", "dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr", "bros", "rev"]
    /// Company-form suffixes that follow a comma inside a name ("Cable TV Co., Ltd.").
    static let commaSuffixes: Set<String> = ["ltd.", "ltd", "inc.", "inc", "llc", "plc", "s.a.", "gmbh", "ag"]

    static func isInner(_ s: Unicode.Scalar) -> Bool { "-&'’./+@".unicodeScalars.contains(s) }
    static func isAlnum(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0..<0x80: return false
        default: return s.properties.isAlphabetic
        }
    }
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? s == " " || (0x09...0x0D).contains(s.value) : s.properties.isWhitespace
    }

    static func tokens(_ sentence: String) -> [WordToken] { tokens(Array(sentence.unicodeScalars)) }

    static func tokens(_ scalars: [Unicode.Scalar]) -> [WordToken] {
        var tokens: [WordToken] = []
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if isSpace(s) { i += 1; continue }
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
                if isAlnum(c) || !c.isASCII && c.properties.generalCategory == .nonspacingMark { i += 1; continue }
                if isInner(c), i + 1 < scalars.count, isAlnum(scalars[i + 1]) { i += 1; continue }
                break
            }
            var end = i
            var text = string(scalars[start..<end])
            // "Co.", initials ("A.T.") and a middle initial ("Mary J. Smith") keep their full stop.
            if end < scalars.count, scalars[end] == ".",
               abbreviations.contains(text.lowercased()) || isInitials(text) || isInitial(text, after: end, scalars) {
                end += 1
                i = end
                text += "."
            }
            var possessive = false
            // The last byte is "s" whenever the last character is: a cheap test before `hasSuffix`.
            for suffix in ["’s", "'s"] where text.utf8.last == UInt8(ascii: "s") && text.hasSuffix(suffix) && text.count > 2 {
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

    /// A lone capital with a full stop, followed by a capitalised word: an initial, not a sentence end.
    static func isInitial(_ text: String, after end: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        guard text.unicodeScalars.count == 1, let letter = text.unicodeScalars.first, letter.properties.isUppercase,
              end + 2 < scalars.count, scalars[end + 1] == " " else { return false }
        return scalars[end + 2].properties.isUppercase
    }

    /// "kids@school", "Wireless@Lakeport": a name written around an at sign (not an e-mail address).
    static func isHandle(_ text: String) -> Bool {
        guard let at = text.firstIndex(of: "@"), at != text.startIndex else { return false }
        return !text[at...].contains(".")
    }

    static func isInitials(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { $0.count == 1 && $0.first!.isUppercase }
    }

    static func shape(of text: String) -> WordToken.Shape {
        if let shape = text.utf8.withContiguousStorageIfAvailable(asciiShape) ?? nil { return shape }
        let letters = text.filter(\.isLetter)
        if letters.isEmpty { return .number }
        if text.hasPrefix("#") || isHandle(text) { return .mixed }
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
        // "eBay", "i-Lakeport" are names; "sub-Saharan", "pan-European" are adjectives.
        if let hyphen = body.firstIndex(of: "-"), body.distance(from: body.startIndex, to: hyphen) > 1 { return .lower }
        return .mixed
    }

    /// `shape(of:)` on the bytes of an ASCII word (most words), without Character machinery;
    /// nil for other words.
    private static func asciiShape(_ word: UnsafeBufferPointer<UInt8>) -> WordToken.Shape? {
        func isUpper(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) }
        func isLower(_ b: UInt8) -> Bool { (0x61...0x7A).contains(b) }
        func isDigit(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) }
        var letters = 0, uppers = 0
        for b in word {
            if b >= 0x80 { return nil }
            if isUpper(b) { letters += 1; uppers += 1 } else if isLower(b) { letters += 1 }
        }
        if letters == 0 { return .number }
        if word[0] == UInt8(ascii: "#") { return .mixed }
        if let at = word.firstIndex(of: UInt8(ascii: "@")) {
            return at > 0 && !word[at...].contains(UInt8(ascii: ".")) ? .mixed : .lower
        }
        var body = word[...]
        if body.count > 2, body[1] == UInt8(ascii: "'"), body[0] == UInt8(ascii: "d") || body[0] == UInt8(ascii: "l") {
            body = body.dropFirst(2)
        }
        guard let first = body.first(where: { isUpper($0) || isLower($0) || isDigit($0) }) else { return .lower }
        if isDigit(first) { return uppers >= 1 && letters >= 2 ? .mixed : .lower }
        if isUpper(first) {
            let initials = word.last == UInt8(ascii: ".") ? word.dropLast() : word[...]
            let parts = initials.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
            if parts.count >= 2 && parts.allSatisfy({ $0.count == 1 && isUpper($0.first!) }) { return .capitalised }
            if letters >= 2 && uppers == letters { return .acronym }
            if body.contains(UInt8(ascii: "-")), let last = body.split(separator: UInt8(ascii: "-")).last,
               last.first.map(isLower) == true, !last.contains(where: isUpper) { return .joiner }
            return .capitalised
        }
        guard uppers > 0 else { return .lower }
        if let hyphen = body.firstIndex(of: UInt8(ascii: "-")), hyphen - body.startIndex > 1 { return .lower }
        return .mixed
    }

    /// Folded words of a lexicon phrase, split like sentence tokens.
    static func words(_ phrase: String) -> [String] {
        // Letters, digits, spaces and inner hyphens only (most lexicon lines): the tokens are
        // the spaced words, as the tokenizer would cut them.
        let bytes = Array(phrase.utf8)
        func isAlnum(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) }
        if bytes.indices.allSatisfy({ i in isAlnum(bytes[i]) || bytes[i] == 0x20
            || bytes[i] == UInt8(ascii: "-") && i > 0 && i + 1 < bytes.count && isAlnum(bytes[i - 1]) && isAlnum(bytes[i + 1]) }) {
            return phrase.split(separator: " ").map { Slug.fold(String($0)) }
        }
        return tokens(phrase).filter(\.isWord).map(\.folded)
    }

    /// The text of scalars, encoded straight into the string's storage (appending to a
    /// `UnicodeScalarView` costs a generic call per scalar).
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var n = 0
            for scalar in scalars {
                for byte in UTF8.encode(scalar)! {
                    buffer[n] = byte
                    n += 1
                }
            }
            return n
        }
    }
}
