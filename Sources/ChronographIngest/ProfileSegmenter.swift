import ChronographCore
import Foundation

/// Cuts a document into profiles. A profile is a name line, narrative paragraphs with optional
/// short heading lines, then footer lines (any order, any missing). A short line starts a new
/// profile at the top of the file, after a footer, at a name-level heading (when the document
/// marks its names as headings), or when the paragraph under it names it while the current
/// profile never did (a profile whose footer is missing). Page furniture is skipped, and a
/// name line with nothing under it (a page title) is no profile.
public struct ProfileSegmenter: Sendable {
    public var footer: FooterParser
    public var furniture: Furniture
    public var splitter: SentenceSplitter
    public var names: NameLines

    public init(footer: FooterParser = .standard, furniture: Furniture = .standard,
                splitter: SentenceSplitter = .standard, names: NameLines = .standard) {
        self.footer = footer
        self.furniture = furniture
        self.splitter = splitter
        self.names = names
    }

    /// One line of the document as the segmenter sees it.
    private enum Kind { case footer(FooterParser.Line), furniture, title, narrative }

    public func profiles(in document: Document) throws -> [Profile] {
        // Front matter is no text of the document; its date is the date of every profile in it.
        let frontMatter = FrontMatter(document)
        let lines = document.lines.indices.filter { !(frontMatter?.lines.contains($0) ?? false) }.map { document.lines[$0] }
            .filter { !isBlank(document, $0) }
        let ranges = lines.map { trimmed($0.range, in: document) }
        let texts = ranges.map(document.text)
        let kinds = zip(lines, texts).map { kind(of: $1, heading: $0.headingLevel) }
        let nameLevel = Self.nameLevel(lines, kinds: kinds, texts: texts)

        var profiles: [Profile] = []
        var current: Profile?
        var afterFooter = false
        var section: String?
        var seenText = ""   // the current profile's text so far, for the missing-footer test
        var awardsSeen = Set<AwardRecord>()   // the current profile's (award, year) pairs

        func close() {
            if let profile = current, !profile.sentences.isEmpty || profile.footer != FooterFacts() {
                profiles.append(profile)
            }
            current = nil
            awardsSeen = []
        }

        for (index, line) in lines.enumerated() {
            let text = texts[index]
            let span = SourceSpan(document: document.name, start: ranges[index].lowerBound, end: ranges[index].upperBound)
            switch kinds[index] {
            case .furniture:
                continue
            case let .footer(fact):
                // Footer lines before any name (a facts-only file) belong to the file's one profile.
                if current == nil { current = untitled(document); seenText = current!.name }
                var told = AwardYearSpans(line: ranges[index], in: document, splitter: splitter)
                apply(fact, told: &told, to: &current!.footer, seen: &awardsSeen)
                afterFooter = true
            case .title:
                let startsProfile: Bool
                if current == nil || afterFooter {
                    startsProfile = true
                } else if let level = line.headingLevel, let nameLevel {
                    startsProfile = level == nameLevel
                } else {
                    startsProfile = nameLevel == nil
                        && namesNextParagraph(text, after: index, kinds: kinds, texts: texts,
                                              current: current!.name, seen: seenText)
                }
                if startsProfile {
                    close()
                    current = Profile(name: text, nameSpan: span)
                    afterFooter = false
                    section = nil
                    seenText = text
                } else {
                    section = text
                    current!.sections.append(text)
                    seenText += "\n" + text
                }
            case .narrative:
                // A document that opens with prose (a report, a long headline) is one profile named
                // by its file; the headline stays a sentence, scanned like any other.
                if current == nil { current = untitled(document); seenText = current!.name }
                seenText += "\n" + text
                let paragraph = (current!.sentences.last?.paragraph ?? -1) + 1
                for range in splitter.split(document.scalars, in: line.range) {
                    let sentence = Sentence(text: document.text(range),
                                            span: SourceSpan(document: document.name, start: range.lowerBound, end: range.upperBound),
                                            index: current!.sentences.count, section: section, paragraph: paragraph)
                    current!.sentences.append(sentence)
                }
            }
        }
        close()
        guard let date = frontMatter?.date else { return profiles }
        return profiles.map { profile in
            var dated = profile
            dated.referenceDate = date
            return dated
        }
    }

    /// Markdown or HTML that opens with a heading marks its names as headings of the top level.
    /// A lone top heading directly over a deeper one is a page title, and names sit one level
    /// down, when the deeper headings look like profiles: several footers on the page, or most of
    /// them named again in the paragraph under them ("## Fernbrook" / "Fernbrook is a valley
    /// town"). Otherwise the lone top heading names the one profile and the rest are its sections.
    private static func nameLevel(_ lines: [Document.Line], kinds: [Kind], texts: [String]) -> Int? {
        guard let firstHeading = lines.firstIndex(where: { $0.headingLevel != nil }) else { return nil }
        if let firstNarrative = kinds.firstIndex(where: { if case .narrative = $0 { true } else { false } }),
           firstNarrative < firstHeading { return nil }
        let levels = lines.compactMap(\.headingLevel)
        let top = levels.min()!
        guard let deeper = levels.filter({ $0 > top }).min(), levels.filter({ $0 == top }).count == 1,
              lines[firstHeading].headingLevel == top, firstHeading + 1 < lines.count,
              let next = lines[firstHeading + 1].headingLevel, next > top else { return top }
        let isFooter = { (i: Int) in if case .footer = kinds[i] { true } else { false } }
        let footerBlocks = kinds.indices.filter { isFooter($0) && ($0 == 0 || !isFooter($0 - 1)) }.count
        let deeperHeadings = lines.indices.filter { lines[$0].headingLevel == deeper }
        let namedBelow = deeperHeadings.filter { h in
            guard let paragraph = (h + 1..<lines.count).first(where: { lines[$0].headingLevel == nil }) else { return false }
            return texts[paragraph].contains(texts[h])
        }
        return footerBlocks > 1 || (deeperHeadings.count > 1 && namedBelow.count * 2 > deeperHeadings.count) ? deeper : top
    }

    private func kind(of text: String, heading: Int?) -> Kind {
        if let fact = footer.parse(text) { return .footer(fact) }
        if furniture.matches(text) { return .furniture }
        return heading != nil || isTitleLike(text) ? .title : .narrative
    }

    /// The profile of a document without a name line: named by the file ("north-valley.txt" →
    /// "north valley"), its name span empty at the start of the file.
    private func untitled(_ document: Document) -> Profile {
        let stem = ((document.name as NSString).lastPathComponent as NSString).deletingPathExtension
        let name = stem.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
        return Profile(name: name.isEmpty ? stem : name, nameSpan: SourceSpan(document: document.name, start: 0, end: 0))
    }

    /// Footer facts keep their first value; an award keeps one entry per (award, year), the
    /// first line naming it (`seen` holds the pairs: a line may list thousands of years).
    private func apply(_ fact: FooterParser.Line, told: inout AwardYearSpans, to facts: inout FooterFacts,
                       seen: inout Set<AwardRecord>) {
        switch fact {
        case let .population(value): facts.population = facts.population ?? value
        case let .laborForce(value): facts.laborForce = facts.laborForce ?? value
        case let .website(value): facts.website = facts.website ?? value
        case let .awards(list): for award in list { apply(award, told: &told, to: &facts, seen: &seen) }
        case let .award(name, years):
            for year in years {
                let (text, span) = told.next(year)
                guard seen.insert(AwardRecord(award: name, year: year)).inserted else { continue }
                facts.awards.append(FooterAward(award: name, year: year, line: text, span: span))
            }
        }
    }

    private func trimmed(_ range: Range<Int>, in document: Document) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start < end, document.scalars[start].properties.isWhitespace { start += 1 }
        while end > start, document.scalars[end - 1].properties.isWhitespace { end -= 1 }
        return start..<end
    }

    private func isBlank(_ document: Document, _ line: Document.Line) -> Bool {
        document.scalars[line.range].allSatisfy { $0.properties.isWhitespace || $0 == "\u{FEFF}" }
    }

    /// Short, capitalised, no closing punctuation: a name or a heading. A lower-case start
    /// counts when a capital follows ("eThekwini").
    func isTitleLike(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars.prefix(2))
        guard let first = scalars.first else { return false }
        let capital = first.properties.isUppercase || ("0"..."9").contains(first)
            || (first.properties.isAlphabetic && !first.properties.isLowercase)
            || (first.properties.isLowercase && scalars.count == 2 && scalars[1].properties.isUppercase)
        // A line ending in a dash is a dateline ("WASHINGTON, March 12 (Xinhua) --"), the start of narrative.
        guard capital, text.utf8.count <= 320, let last = text.last, !".,;:!?-\u{2013}\u{2014}".contains(last) else { return false }
        return text.count <= 80 && text.split(separator: " ").count <= 8
    }

    /// The missing-footer case: the line's name reappears in the next paragraph, which does not
    /// name the current profile, and the current profile never mentioned it. Lines that name a
    /// campus, programme or agency ("... Innovation Campus") are headings.
    private func namesNextParagraph(_ line: String, after index: Int, kinds: [Kind], texts: [String],
                                    current: String, seen: String) -> Bool {
        guard !names.namesInnerThing(line) else { return false }
        let forms = names.forms(of: line)
        guard !forms.contains(where: { NameLines.containsWord(seen, $0) }) else { return false }
        for next in (index + 1)..<kinds.count {
            switch kinds[next] {
            case .title, .furniture: continue
            case .footer: return false
            case .narrative:
                let paragraph = texts[next]
                return forms.contains { NameLines.containsWord(paragraph, $0) }
                    && !names.forms(of: current).contains { NameLines.containsWord(paragraph, $0) }
            }
        }
        return false
    }
}

/// The text each award year of a footer line is told in: the whole line, or, for a line longer
/// than a sentence may be (an award with thousands of years), the piece of it that lists the
/// year, cut as a run-on sentence is, so that no event carries the whole line and the exports
/// stay linear in it. Years are asked for in the order the line lists them.
struct AwardYearSpans {
    private let document: Document
    private let line: Range<Int>
    /// The line's four-digit numbers in order, each with the piece it starts in (stretched to
    /// the number's end when a cut without spaces went through it); long lines only.
    private var numbers: [(value: Int, piece: Range<Int>)] = []
    private var cursor = 0
    /// Positions in `numbers` per value, with how many of them are used up: a year the line does
    /// not spell as four digits must not cost a scan of the rest of the line.
    private var positions: [Int: (list: [Int], used: Int)] = [:]

    init(line: Range<Int>, in document: Document, splitter: SentenceSplitter) {
        self.document = document
        self.line = line
        guard line.count > SentenceSplitter.longestSentence else { return }
        let scalars = document.scalars
        let pieces = splitter.pieces(scalars, in: line)
        var p = 0
        var i = line.lowerBound
        while i < line.upperBound {
            var j = i
            while j < line.upperBound, scalars[j].asciiDigit != nil { j += 1 }
            if j - i == 4, i == line.lowerBound || scalars[i - 1].asciiDigit == nil {
                while p + 1 < pieces.count, pieces[p].upperBound <= i { p += 1 }
                numbers.append((scalars[i..<j].reduce(0) { $0 * 10 + $1.asciiDigit! },
                                pieces[p].lowerBound..<max(pieces[p].upperBound, j)))
            }
            i = max(j, i + 1)
        }
        for (n, number) in numbers.enumerated() { positions[number.value, default: ([], 0)].list.append(n) }
    }

    /// The text and span telling `year`: the piece of its next occurrence, else the whole line.
    mutating func next(_ year: Int) -> (String, SourceSpan) {
        var range = line
        if var entry = positions[year] {
            while entry.used < entry.list.count, entry.list[entry.used] < cursor { entry.used += 1 }
            if entry.used < entry.list.count {
                let found = entry.list[entry.used]
                range = numbers[found].piece
                cursor = found + 1
                entry.used += 1
            }
            positions[year] = entry
        }
        return (document.text(range), SourceSpan(document: document.name, start: range.lowerBound, end: range.upperBound))
    }
}

private extension Unicode.Scalar {
    var asciiDigit: Int? { ("0"..."9").contains(self) ? Int(value) - 48 : nil }
}
