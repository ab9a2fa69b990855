import ChronographCore
import Foundation

/// Reads one file into a `Document`: strict UTF-8 (errors name the byte offset), a BOM is
/// skipped, line endings are kept as read so offsets match the file; HTML goes through libxml2.
public enum DocumentReader {
    public static func read(_ file: InputFile) throws -> Document {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file.path))
        } catch {
            throw ChronographError(file: file.path, "cannot be read (\(error.localizedDescription))")
        }
        return try decode(Array(data), name: file.name, path: file.path, format: file.format)
    }

    public static func decode(_ bytes: [UInt8], name: String, path: String? = nil, format: Document.Format) throws -> Document {
        let shown = path ?? name
        if let nul = bytes.firstIndex(of: 0) {
            throw ChronographError(file: shown, "binary file (NUL byte at byte offset \(nul)), not text")
        }
        let scalars = try utf8Scalars(bytes, file: shown)
        guard scalars.contains(where: { !$0.properties.isWhitespace && $0 != "\u{FEFF}" }) else {
            throw ChronographError(file: shown, "empty file: no text to read")
        }
        if format == .html {
            return try HTMLTextExtractor.document(fromHTML: bytes, name: name, path: shown)
        }
        var document = Document(name: name, format: format, scalars: scalars)
        if format == .markdown { document = MarkdownLines.mark(document) }
        return document
    }

    /// Strict UTF-8 decoding that reports the first invalid byte.
    static func utf8Scalars(_ bytes: [UInt8], file: String) throws -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(s):
                scalars.append(s)
                offset += UTF8.width(s)
            case .emptyInput:
                return scalars
            case .error:
                throw ChronographError(file: file, "invalid UTF-8 at byte offset \(offset)")
            }
        }
    }
}

/// Markdown: `#` headings keep their level; the marker is cut from the line's content range.
enum MarkdownLines {
    static func mark(_ document: Document) -> Document {
        let lines = document.lines.map { line -> Document.Line in
            var i = line.range.lowerBound
            var level = 0
            while i < line.range.upperBound, document.scalars[i] == "#" { level += 1; i += 1 }
            guard (1...6).contains(level), i < line.range.upperBound, document.scalars[i] == " " else { return line }
            while i < line.range.upperBound, document.scalars[i] == " " { i += 1 }
            return Document.Line(range: i..<line.range.upperBound, number: line.number, headingLevel: level)
        }
        return Document(name: document.name, format: .markdown, scalars: document.scalars, lines: lines)
    }
}
