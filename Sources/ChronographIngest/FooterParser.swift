import ChronographCore
import Foundation

/// Recognises footer lines (`Population: 67,360`, `Website: ...`, `Smart21 2007 | 2009`) and
/// parses their values. The labels, award names and number words come from `footer.rules`.
public struct FooterParser: Sendable {
    public enum Line: Equatable, Sendable {
        case population(Int?)
        case laborForce(Int?)
        case website(String)
        case award(name: String, years: [Int])
        /// One line naming several awards: "Smart21 2006, 2008; Top7 2008".
        indirect case awards([Line])
    }

    private let labels: [(String, String)]
    private let awardNames: [(String, String)]
    private let awardHeads: [String]
    private let hedges: [String]
    private let multipliers: [String: Int]

    /// Bytes in the longest footer line, past which only an award's list of years may go on.
    static let longestLine = 300

    public static let standard = FooterParser(rules: RuleFile(bundle: .module, name: "footer.rules"))

    public init(rules: RuleFile) {
        labels = rules.entries("labels").compactMap(\.mapping).map { ($0.0.lowercased(), $0.1) }
        awardNames = rules.entries("awards").compactMap(\.mapping).map { ($0.0.lowercased(), $0.1) }
            .sorted { $0.0.count > $1.0.count }
        awardHeads = rules.lines("award-heads").map { $0.lowercased() }
        hedges = rules.lines("number-hedges").map { $0.lowercased() }.sorted { $0.count > $1.count }
        multipliers = Dictionary(rules.entries("multipliers").compactMap(\.mapping).compactMap { k, v in
            Int(v).map { (k.lowercased(), $0) }
        }, uniquingKeysWith: { a, _ in a })
    }

    /// The footer meaning of a line, or nil for any other line.
    public func parse(_ line: String) -> Line? {
        // Footer lines are short, so a paragraph is rejected after one cheap pass; an award line
        // may list any number of years ("Smart21 2001 | 2002 | …").
        guard line.utf8.count <= Self.longestLine || Self.isYearList(line.unicodeScalars.dropFirst(Self.longestLine)) else { return nil }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if let colon = trimmed.firstIndex(of: ":") {
            let label = trimmed[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            if let field = labels.first(where: { $0.0 == label })?.1 {
                let value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                switch field {
                case "population": return .population(number(value))
                case "labor_force": return .laborForce(number(value))
                default: return value.isEmpty ? nil : .website(value)
                }
            }
        }
        return award(trimmed)
    }

    /// `NAME YEAR ([|,;&/·–—] | and YEAR)*` where NAME is a known award (possibly with
    /// capitalised words around it: "ICF Smart21", "Top 7 Intelligent Community", then also
    /// followed by a colon) or ends in an award word. List markers, table pipes and emphasis
    /// around the line are dropped ("- **Smart21** 2006 | 2008 |").
    func award(_ raw: String) -> Line? {
        // "Smart21 2006, 2008; Top7 2008": each award with the years after it.
        let parts = Self.splitAfterYears(raw)
        if parts.count > 1 {
            let awards = parts.compactMap(singleAward)
            return awards.count == parts.count ? .awards(awards) : nil
        }
        return singleAward(raw)
    }

    /// Only digits, white space, the separators of a year list and the letters of "and".
    static func isYearList(_ scalars: Substring.UnicodeScalarView) -> Bool {
        scalars.allSatisfy { ("0"..."9").contains($0) || yearListMarks.contains($0) }
    }

    private static let yearListMarks = Set(" \t|,;&/()*_-\u{00B7}\u{2013}\u{2014}\u{2022}andAND".unicodeScalars)

    /// Pieces of a line that start where a word follows a year.
    static func splitAfterYears(_ line: String) -> [String] {
        var parts: [String] = [], current: [Substring] = [], lastWasYear = false
        for word in line.split(separator: " ") {
            let bare = word.trimmingCharacters(in: .punctuationCharacters.union(.symbols))
            let isYear = bare.count == 4 && Int(bare).map { (1800...2200).contains($0) } == true
            let isJoin = !bare.contains(where: \.isLetter) && !isYear || bare.lowercased() == "and"
            if lastWasYear, !isYear, !isJoin, !current.isEmpty {
                parts.append(current.joined(separator: " "))
                current = []
            }
            current.append(word)
            if !isJoin { lastWasYear = isYear }
        }
        if !current.isEmpty { parts.append(current.joined(separator: " ")) }
        return parts
    }

    private func singleAward(_ raw: String) -> Line? {
        var line = raw.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        line = line.trimmingCharacters(in: CharacterSet(charactersIn: " \t|-*(),;\u{2022}\u{00B7}"))
        guard line.last?.isNumber == true else { return nil }
        var tokens = line.split(whereSeparator: { " \t|,;&/()\u{00B7}\u{2013}\u{2014}".contains($0) }).map(String.init)
        var years: [Int] = []   // read backwards, then put in order: a line may list thousands
        while let last = tokens.last {
            if last.lowercased() == "and" { tokens.removeLast(); continue }
            guard last.count == 4, let year = Int(last), (1800...2200).contains(year) else { break }
            years.append(year)
            tokens.removeLast()
        }
        years.reverse()
        guard !years.isEmpty, !tokens.isEmpty, tokens.count <= 10 else { return nil }
        let colon = tokens[tokens.count - 1].hasSuffix(":")
        if colon { tokens[tokens.count - 1].removeLast() }
        let name = tokens.joined(separator: " ")
        let lower = name.lowercased()
        if let known = awardNames.first(where: { $0.0 == lower }) { return .award(name: known.1, years: years) }
        if let known = knownInside(tokens) { return .award(name: known, years: years) }
        // Other award names are capitalised words: "It was named X of the Year 2019" is a sentence.
        let connectors: Set<String> = ["of", "the", "for", "and", "in", "de", "&"]
        guard !colon, awardHeads.contains(where: { lower.hasSuffix($0) }),
              !name.contains(where: { ".!?:".contains($0) }),
              tokens.allSatisfy({ $0.first?.isLowercase != true || connectors.contains($0) }) else { return nil }
        return .award(name: name, years: years)
    }

    /// A known award among capitalised words ("ICF Smart21", "Smart21 Communities"); a
    /// lower-case word around it makes the line a sentence, not a footer.
    private func knownInside(_ tokens: [String]) -> String? {
        let words = tokens.map { $0.lowercased() }
        for (form, canonical) in awardNames {
            let parts = form.split(separator: " ").map(String.init)
            guard let at = words.indices.first(where: { words[$0...].starts(with: parts) }) else { continue }
            let others = tokens[..<at] + tokens[(at + parts.count)...]
            if others.count <= 3, others.allSatisfy({ $0.first?.isUppercase == true }) { return canonical }
        }
        return nil
    }

    /// "67,360", "1.2 million", "about 90,000", "3.375.000", "4 million" → integer.
    public func number(_ raw: String) -> Int? {
        var text = raw.lowercased().trimmingCharacters(in: .whitespaces)
        var changed = true
        while changed {
            changed = false
            for hedge in hedges where text.hasPrefix(hedge) {
                let rest = text.dropFirst(hedge.count)
                if hedge == "~" || rest.first == " " {
                    text = rest.trimmingCharacters(in: .whitespaces)
                    changed = true
                    break
                }
            }
        }
        var digits = ""
        var end = text.startIndex
        for (i, c) in zip(text.indices, text) {
            if c.isNumber || c == "," || c == "." || c == " " || c == "\u{00A0}" || c == "'" {
                digits.append(c)
                end = text.index(after: i)
            } else { break }
        }
        let unit = text[end...].trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init) ?? ""
        let multiplier = multipliers[unit.trimmingCharacters(in: .punctuationCharacters)]
        // Letters glued to the digits that are no multiplier ("0x10", "12abc") make no count.
        if multiplier == nil, digits.last?.isNumber == true, end < text.endIndex, text[end].isLetter { return nil }
        let compact = digits.filter { !" \u{00A0}'".contains($0) }
        guard compact.first?.isNumber == true else { return nil }
        return Self.value(of: compact, multiplier: multiplier ?? 1)
    }

    /// Separators: a group of three digits after a separator marks thousands ("3.375.000",
    /// "67,360"); otherwise the last separator is a decimal point ("1.2 million").
    static func value(of text: String, multiplier: Int) -> Int? {
        let trimmed = text.trimmingCharacters(in: CharacterSet(charactersIn: ".,"))
        let groups = trimmed.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "." })
        if groups.count == 1 { return Int(trimmed).flatMap { scaled($0, by: multiplier) } }
        let thousands = groups.dropFirst().allSatisfy { $0.count == 3 } && (multiplier == 1 || groups.count > 2)
        if thousands { return Int(groups.joined()).flatMap { scaled($0, by: multiplier) } }
        let whole = groups.dropLast().joined(), fraction = groups.last!
        guard let value = Double("\(whole).\(fraction)") else { return nil }
        let product = (value * Double(multiplier)).rounded()
        // Int(exactly:) is nil for values an Int cannot hold ("99999999999999999999.5 billion").
        return Int(exactly: product)
    }

    /// A count too large for an Int is no number the exports can carry: nil, not a trap.
    private static func scaled(_ value: Int, by multiplier: Int) -> Int? {
        let (product, overflow) = value.multipliedReportingOverflow(by: multiplier)
        return overflow ? nil : product
    }
}
