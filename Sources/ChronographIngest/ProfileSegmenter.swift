import ChronographCore
import Foundation

/// Cuts a document into profiles. A profile is a name line, narrative paragraphs with optional
/// short heading lines, then footer lines (any order, any missing). A short line starts a new
/// profile at the top of the file, after a footer, at a level-1 heading (Markdown/HTML), or when
/// the paragraph under it names it while the current profile never did (a profile whose footer
/// is missing). Page furniture is skipped.
public struct ProfileSegmenter: Sendable {
    public var footer: FooterParser
    public var furniture: Furniture
    public var splitter: SentenceSplitter

    public init(footer: FooterParser = .standard, furniture: Furniture = .standard, splitter: SentenceSplitter = .standard) {
        self.footer = footer
        self.furniture = furniture
        self.splitter = splitter
    }

    public func profiles(in document: Document) throws -> [Profile] {
        var profiles: [Profile] = []
        var current: Profile?
        var afterFooter = false
        var section: String?
        var seenText = ""   // narrative of the current profile, for the missing-footer test
        let lines = document.lines.filter { !isBlank(document, $0) }

        func close() {
            if let profile = current { profiles.append(profile) }
            current = nil
        }

        for (index, line) in lines.enumerated() {
            let text = document.text(line.range).trimmingCharacters(in: .whitespaces)
            let span = SourceSpan(document: document.name, start: line.range.lowerBound, end: line.range.upperBound)
            if let fact = footer.parse(text), current != nil {
                apply(fact, line: text, span: span, to: &current!.footer)
                afterFooter = true
                continue
            }
            if furniture.matches(text) { continue }

            let level = line.headingLevel
            let titleLike = level != nil || isTitleLike(text)
            if titleLike {
                let startsProfile = current == nil || afterFooter || level == 1
                    || (level == nil && namesNextParagraph(text, after: index, in: lines, document: document, seen: seenText))
                if startsProfile {
                    close()
                    current = Profile(name: text, nameSpan: span)
                    afterFooter = false
                    section = nil
                    seenText = text
                } else {
                    section = text
                    current!.sections.append(text)
                }
                continue
            }
            guard current != nil else {
                throw ChronographError(file: document.name, line: line.number,
                                       "narrative text before any profile name line")
            }
            seenText += "\n" + text
            for range in splitter.split(document.scalars, in: line.range) {
                let sentence = Sentence(text: document.text(range),
                                        span: SourceSpan(document: document.name, start: range.lowerBound, end: range.upperBound),
                                        index: current!.sentences.count, section: section)
                current!.sentences.append(sentence)
            }
        }
        close()
        return profiles
    }

    private func apply(_ fact: FooterParser.Line, line: String, span: SourceSpan, to facts: inout FooterFacts) {
        switch fact {
        case let .population(value): facts.population = facts.population ?? value
        case let .laborForce(value): facts.laborForce = facts.laborForce ?? value
        case let .website(value): facts.website = facts.website ?? value
        case let .award(name, years):
            for year in years where !facts.awards.contains(where: { $0.award == name && $0.year == year }) {
                facts.awards.append(FooterAward(award: name, year: year, line: line, span: span))
            }
        }
    }

    private func isBlank(_ document: Document, _ line: Document.Line) -> Bool {
        document.scalars[line.range].allSatisfy { $0.properties.isWhitespace || $0 == "\u{FEFF}" }
    }

    /// Short, capitalised, no closing punctuation: a name or a heading.
    func isTitleLike(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isUppercase || first.properties.isAlphabetic && !first.properties.isLowercase || ("0"..."9").contains(first) else {
            return false
        }
        guard let last = text.last, !".,;:!?".contains(last) else { return false }
        return text.count <= 80 && text.split(separator: " ").count <= 8
    }

    /// The missing-footer case: the line (or the line without its last word, "Taoyuan" for
    /// "Taoyuan City") reappears inside the next paragraph and nowhere in the current profile.
    private func namesNextParagraph(_ line: String, after index: Int, in lines: [Document.Line],
                                    document: Document, seen: String) -> Bool {
        let words = line.split(separator: " ")
        var forms = [line]
        if words.count > 1, let head = words.dropLast().joined(separator: " ") as String?, head.count >= 3 {
            forms.append(head)
        }
        guard !forms.contains(where: { seen.contains($0) }) else { return false }
        for next in lines[(index + 1)...] {
            let text = document.text(next.range)
            if next.headingLevel != nil || isTitleLike(text) || furniture.matches(text) { continue }
            guard footer.parse(text) == nil else { return false }
            return forms.contains { text.contains(" \($0)") }
        }
        return false
    }
}
