import ChronographCore

/// Vocabulary for telling community name lines from headings (`names.rules`), and the
/// word-bounded matching the segmenter uses to find a name in a paragraph.
public struct NameLines: Sendable {
    private let placeSuffixes: [[Substring]]
    private let innerHeads: Set<String>

    public static let standard = NameLines(rules: RuleFile(bundle: .module, name: "names.rules"))

    public init(rules: RuleFile) {
        placeSuffixes = rules.lines("place-suffixes").map { $0.lowercased().split(separator: " ") }
            .sorted { $0.count > $1.count }
        innerHeads = Set(rules.lines("inner-heads").map { $0.lowercased() })
    }

    /// The ways a name is written in running text: whole, and without a closing place word
    /// ("Lakeside County" → "Lakeside") when something is left.
    public func forms(of name: String) -> [String] {
        let words = name.split(separator: " ")
        let lower = words.map { $0.lowercased()[...] }
        for suffix in placeSuffixes where suffix.count < words.count && Array(lower.suffix(suffix.count)) == suffix {
            let head = words.dropLast(suffix.count).joined(separator: " ")
            if head.count >= 3 { return [name, head] }
        }
        return [name]
    }

    /// A line like "Harbor Innovation Campus" names a thing inside a profile.
    public func namesInnerThing(_ line: String) -> Bool {
        guard let last = line.split(separator: " ").last else { return false }
        return innerHeads.contains(last.lowercased())
    }

    /// `form` occurs in `text` with no letter or digit right before or after it.
    public static func containsWord(_ text: String, _ form: String) -> Bool {
        guard !form.isEmpty else { return false }
        var searchStart = text.startIndex
        while let found = text.range(of: form, range: searchStart..<text.endIndex) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            if !isWordCharacter(before), !isWordCharacter(after) { return true }
            searchStart = text.index(after: found.lowerBound)
        }
        return false
    }

    private static func isWordCharacter(_ c: Character?) -> Bool {
        guard let c else { return false }
        return c.isLetter || c.isNumber
    }
}
