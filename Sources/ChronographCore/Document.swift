/// One input document as Unicode scalars. Offsets everywhere are scalar indices into
/// `scalars`, so they match Python's `str` slicing of the file as read.
public struct Document: Sendable {
    public enum Format: String, Sendable { case text, markdown, html }

    /// Path relative to the input it was found under (never absolute).
    public let name: String
    public let format: Format
    public let scalars: [Unicode.Scalar]
    /// Logical lines: content ranges without terminators (LF, CRLF or CR).
    public let lines: [Line]

    public struct Line: Sendable, Equatable {
        public var range: Range<Int>
        /// 1-based line number in the file as read.
        public var number: Int
        /// Heading level given by the markup (`#`, `<h1>`); nil for plain text.
        public var headingLevel: Int?

        public init(range: Range<Int>, number: Int, headingLevel: Int? = nil) {
            self.range = range
            self.number = number
            self.headingLevel = headingLevel
        }
    }

    public init(name: String, format: Format = .text, scalars: [Unicode.Scalar], lines: [Line]? = nil) {
        self.name = name
        self.format = format
        self.scalars = scalars
        self.lines = lines ?? Document.splitLines(scalars)
    }

    public init(name: String, text: String, format: Format = .text) {
        self.init(name: name, format: format, scalars: Array(text.unicodeScalars))
    }

    /// The text of a scalar range, encoded straight to UTF-8 (appending scalars to a
    /// `UnicodeScalarView` one by one is an order of magnitude slower).
    public func text(_ range: Range<Int>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count + range.count / 4)
        for scalar in scalars[range] {
            if scalar.value < 0x80 { bytes.append(UInt8(scalar.value)) } else { bytes += UTF8.encode(scalar)! }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Splits on LF, CRLF and CR; a leading BOM is not part of the first line.
    public static func splitLines(_ scalars: [Unicode.Scalar]) -> [Line] {
        var lines: [Line] = []
        var start = scalars.first == "\u{FEFF}" ? 1 : 0
        var i = start
        var number = 1
        while i < scalars.count {
            let s = scalars[i]
            if s == "\n" || s == "\r" {
                lines.append(Line(range: start..<i, number: number))
                number += 1
                i += (s == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n") ? 2 : 1
                start = i
            } else {
                i += 1
            }
        }
        if start < scalars.count { lines.append(Line(range: start..<scalars.count, number: number)) }
        return lines
    }
}

/// Where a fact comes from: document and scalar offsets (end exclusive).
public struct SourceSpan: Hashable, Comparable, Sendable {
    public var document: String
    public var start: Int
    public var end: Int

    public init(document: String, start: Int, end: Int) {
        self.document = document
        self.start = start
        self.end = end
    }

    public static func < (a: SourceSpan, b: SourceSpan) -> Bool {
        (a.document, a.start, a.end) < (b.document, b.start, b.end)
    }

    public var json: JSONValue {
        .object([("document", .string(document)), ("start", .int(start)), ("end", .int(end))])
    }
}
