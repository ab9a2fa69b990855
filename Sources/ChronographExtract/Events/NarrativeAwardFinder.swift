import ChronographCore
import Foundation

/// Awards stated in the narrative ("ICF named Mayor X its Intelligent Community Visionary of
/// the Year", "granted the town the official title of “Y”"), found by the cue phrases of `awards.rules`.
public struct NarrativeAwardFinder: Sendable {
    struct Cue: Sendable { var before: [String]; var after: [String] }
    /// Cues by their first word (lower case), so most tokens cost one dictionary miss.
    private let cues: [String: [Cue]]
    private let heads: [String]

    public static let standard = NarrativeAwardFinder(rules: RuleFile(bundle: .module, name: "awards.rules"))

    public init(rules: RuleFile) {
        let list = rules.lines("cues").map { line in
            let words = line.lowercased().split(separator: " ").map(String.init)
            if let p = words.firstIndex(of: "{party}") {
                return Cue(before: Array(words[..<p]), after: Array(words[(p + 1)...]))
            }
            return Cue(before: words, after: [])
        }
        cues = Dictionary(grouping: list, by: { $0.before[0] })
        heads = rules.lines("heads")
    }

    /// An award name found in a sentence, with its scalar range relative to the sentence.
    public struct Found: Equatable, Sendable {
        public var name: String
        public var range: Range<Int>
    }

    public func find(in sentence: String) -> [Found] {
        // Most sentences hold no cue: skip them before tokenizing with offsets. A cue's words
        // before the party are whole tokens, so they are also consecutive plain words.
        let words = Words.split(sentence)
        guard words.indices.contains(where: { i in
            cues[words[i]]?.contains { cue in words[i...].starts(with: cue.before) } ?? false
        }) else { return [] }
        let tokens = Token.split(sentence)
        var found: [Found] = []
        var i = 0
        while i < tokens.count {
            guard let nameStart = matchCue(tokens, at: i) else { i += 1; continue }
            if let name = name(tokens, from: nameStart, in: sentence), !found.contains(where: { $0.name == name.name }) {
                found.append(name)
                i = nameStart + 1
            } else {
                i += 1
            }
        }
        return found
    }

    /// Index of the first token after a cue starting at `i`, or nil.
    private func matchCue(_ tokens: [Token], at i: Int) -> Int? {
        for cue in cues[tokens[i].text.lowercased()] ?? [] {
            guard matches(tokens, at: i, cue.before) else { continue }
            var j = i + cue.before.count
            if cue.after.isEmpty { return j }
            let limit = min(tokens.count, j + 9)
            j += 1
            while j < limit {
                if matches(tokens, at: j, cue.after) { return j + cue.after.count }
                j += 1
            }
        }
        return nil
    }

    private func matches(_ tokens: [Token], at i: Int, _ words: [String]) -> Bool {
        guard i + words.count <= tokens.count else { return false }
        return zip(tokens[i..<i + words.count], words).allSatisfy { $0.text.lowercased() == $1 }
    }

    private static let connectors: Set<String> = ["of", "the", "for", "and", "de", "in", "&"]

    private func name(_ tokens: [Token], from start: Int, in sentence: String) -> Found? {
        guard start < tokens.count else { return nil }
        let scalars = Array(sentence.unicodeScalars)
        // A quoted name runs to the closing quote (or the end of the sentence).
        if let open = tokens[start].leadingQuote {
            var end = scalars.count
            if let close = scalars[(tokens[start].range.lowerBound + 1)...].firstIndex(where: { Token.closing(open).contains($0) }) {
                end = close
            }
            var a = tokens[start].range.lowerBound + 1, b = end
            while b > a, ".,;: ".unicodeScalars.contains(scalars[b - 1]) { b -= 1 }
            while a < b, scalars[a] == " " { a += 1 }
            guard a < b else { return nil }
            return Found(name: text(scalars, a..<b), range: a..<b)
        }
        var end = start
        var lastCapital = -1
        while end < tokens.count {
            let word = tokens[end].bare
            if word.first?.isUppercase == true || word.first?.isNumber == true && end > start {
                lastCapital = end
            } else if !(Self.connectors.contains(word.lowercased()) && end > start) {
                break
            }
            if tokens[end].endsClause { break }
            end += 1
        }
        guard lastCapital >= start else { return nil }
        let range = tokens[start].bareRange.lowerBound..<tokens[lastCapital].bareRange.upperBound
        let name = text(scalars, range)
        guard heads.contains(where: { name.hasSuffix($0) }) else { return nil }
        return Found(name: name, range: range)
    }

    private func text(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }
}

/// A white-space separated word of a sentence with its scalar range.
struct Token: Sendable {
    var text: String
    var range: Range<Int>
    /// Without surrounding quotes and punctuation.
    var bare: String
    var bareRange: Range<Int>

    static let openQuotes: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{2018}", "\u{00AB}", "'"]
    static func closing(_ open: Unicode.Scalar) -> Set<Unicode.Scalar> {
        switch open {
        case "\u{201C}": return ["\u{201D}", "\""]
        case "\u{2018}": return ["\u{2019}"]
        case "\u{00AB}": return ["\u{00BB}"]
        default: return [open]
        }
    }

    var leadingQuote: Unicode.Scalar? {
        guard let first = text.unicodeScalars.first, Token.openQuotes.contains(first) else { return nil }
        return first
    }

    var endsClause: Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return ",;:.!?)\u{201D}\"".unicodeScalars.contains(last)
    }

    static func split(_ sentence: String) -> [Token] {
        var tokens: [Token] = []
        let scalars = Array(sentence.unicodeScalars)
        var i = 0
        while i < scalars.count {
            while i < scalars.count, scalars[i].properties.isWhitespace { i += 1 }
            let start = i
            while i < scalars.count, !scalars[i].properties.isWhitespace { i += 1 }
            guard start < i else { break }
            var a = start, b = i
            while a < b, !scalars[a].properties.isAlphabetic, !("0"..."9").contains(scalars[a]) { a += 1 }
            while b > a, !scalars[b - 1].properties.isAlphabetic, !("0"..."9").contains(scalars[b - 1]) { b -= 1 }
            var whole = String.UnicodeScalarView(), bare = String.UnicodeScalarView()
            whole.append(contentsOf: scalars[start..<i])
            bare.append(contentsOf: scalars[a..<b])
            tokens.append(Token(text: String(whole), range: start..<i, bare: String(bare), bareRange: a..<b))
        }
        return tokens
    }
}
