import ChronographCore
import Foundation

/// Markdown front matter: a block of `key: value` lines between two `---` lines at the very top
/// of a file. Its lines are no narrative; its `date:` is the document's own date of writing
/// ("date: 2013-03-22"), which anchors "today", "Friday" and "last month" in that document.
public struct FrontMatter: Sendable, Equatable {
    /// Lines of the document (indices into `Document.lines`) that belong to the block.
    public var lines: Range<Int>
    public var date: EDTFDate?

    public init?(_ document: Document) {
        let texts = document.lines.map { document.text($0.range).trimmingCharacters(in: .whitespaces) }
        guard texts.first == "---", let close = texts.dropFirst().firstIndex(of: "---") else { return nil }
        lines = 0..<(close + 1)
        for text in texts[1..<close] {
            guard let colon = text.firstIndex(of: ":"), text[..<colon].trimmingCharacters(in: .whitespaces).lowercased() == "date" else { continue }
            // Quotes and a time of day ("2013-03-22T10:00:00Z") are not part of the day.
            let value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces).filter { $0 != "\"" && $0 != "'" }
            if let day = try? EDTFDate(parsing: String(value.prefix(10))), !day.isInterval, day.start?.day != nil { date = day }
        }
    }
}
