import ChronographCore
import ChronographExtract
import ChronographIngest
import Foundation

/// The `dates` command's library side: every time expression of every profile, tagged the way the
/// event extractor tags it (one temporal context per profile), as rows, an aligned table, JSON or
/// TimeML. Any text is read: a file that opens with narrative is one untitled profile. Offsets
/// and text are the TimeML extent (without a leading signal word such as "since").
public struct DatesReport: Sendable {
    /// One time expression with its place in the input.
    public struct Row: Sendable, Equatable {
        public var community: String
        public var span: SourceSpan
        public var expression: TimeExpression
    }

    public var rows: [Row]
    /// The documents read, for the TimeML output.
    public var documents: [Document] = []

    public init(rows: [Row]) { self.rows = rows }

    /// Reads and segments `inputs` like `Pipeline`, then tags every narrative sentence. "-" is
    /// standard input, read as plain text.
    public init(inputs: [String], referenceDate: EDTFDate? = nil, tagger: TemporalTagger = .standard) throws {
        var documents: [Document] = []
        for input in inputs {
            if input == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                guard let text = String(data: data, encoding: .utf8) else {
                    throw ChronographError(file: "-", "standard input is not UTF-8 text")
                }
                documents.append(Document(name: "-", text: text))
            } else {
                documents += try InputCollector.collect([input]).map(DocumentReader.read)
            }
        }
        try self.init(documents: documents, referenceDate: referenceDate, tagger: tagger)
    }

    public init(documents: [Document], referenceDate: EDTFDate? = nil, tagger: TemporalTagger = .standard) throws {
        let segmenter = ProfileSegmenter()
        var rows: [Row] = []
        for document in documents {
            for profile in try segmenter.profiles(in: document) {
                // A document's own date (front matter, dateline) first, then the one given.
                var context = TemporalContext(referenceDate: tagger.referenceDate(of: profile) ?? referenceDate)
                for sentence in profile.sentences {
                    let scalars = Array(sentence.text.unicodeScalars)
                    for var expression in tagger.tag(sentence.text, context: &context) {
                        let start = sentence.span.start
                        expression.text = String(String.UnicodeScalarView(scalars[expression.extent]))
                        rows.append(Row(community: profile.name,
                                        span: SourceSpan(document: sentence.span.document,
                                                         start: start + expression.extent.lowerBound,
                                                         end: start + expression.extent.upperBound),
                                        expression: expression))
                    }
                }
            }
        }
        self.rows = rows
        self.documents = documents
    }

    static let columns = ["document", "start", "end", "community", "text", "date", "mod", "kind", "timex3", "anchor"]

    /// The EDTF value, or for a duration its ISO 8601 length ("P18M").
    static func value(_ e: TimeExpression) -> String? {
        e.date?.description ?? (e.timex.type == .duration ? e.timex.value : nil)
    }

    private static func fields(_ row: Row) -> [String] {
        let e = row.expression
        return [row.span.document, String(row.span.start), String(row.span.end), row.community, e.text,
                value(e) ?? "-", e.mod?.rawValue ?? "-", e.timex.type.rawValue.lowercased(), e.timex.value ?? "-",
                e.anchor?.description ?? "-"]
    }

    /// A plain-text table, columns padded to their widest cell (counted in characters).
    public var table: String {
        let cells = [Self.columns] + rows.map(Self.fields)
        let widths = Self.columns.indices.map { column in cells.map { $0[column].count }.max() ?? 0 }
        return cells.map { line in
            zip(line, widths).enumerated().map { index, pair in
                index == line.count - 1 ? pair.0 : pair.0 + String(repeating: " ", count: pair.1 - pair.0.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    /// `dates --json`: `{"expressions": [...]}`, like every command's object with one list.
    public var json: JSONValue {
        .object([("expressions", .array(rows.map { row in
            let e = row.expression
            return .object([
                ("document", .string(row.span.document)), ("start", .int(row.span.start)), ("end", .int(row.span.end)),
                ("community", .string(row.community)), ("text", .string(e.text)),
                ("date", .optional(Self.value(e))), ("mod", .optional(e.mod?.rawValue)),
                ("kind", .string(e.timex.type.rawValue.lowercased())), ("reading", .string(e.kind.rawValue)),
                ("anchor", .optional(e.anchor?.description)),
                ("timex3", .object([("type", .string(e.timex.type.rawValue)), ("value", .optional(e.timex.value)),
                                    ("mod", .optional(e.timex.mod))])),
            ])
        }))])
    }

    /// `dates --format timeml`: each document's text with inline `<TIMEX3>` tags (ids t1, t2, …
    /// across the output), documents one after another.
    public var timeml: String {
        var out = "", id = 0
        for document in documents {
            var cursor = 0
            for row in rows where row.span.document == document.name {
                guard row.span.start >= cursor, row.span.end <= document.scalars.count else { continue }
                id += 1
                let t = row.expression.timex
                var attributes = "tid=\"t\(id)\" type=\"\(t.type.rawValue)\""
                if let value = t.value { attributes += " value=\"\(Self.escaped(value))\"" }
                if let mod = t.mod { attributes += " mod=\"\(mod)\"" }
                out += Self.escaped(document.text(cursor..<row.span.start))
                out += "<TIMEX3 \(attributes)>" + Self.escaped(document.text(row.span.start..<row.span.end)) + "</TIMEX3>"
                cursor = row.span.end
            }
            out += Self.escaped(document.text(cursor..<document.scalars.count))
            if !out.hasSuffix("\n") { out += "\n" }
        }
        return out
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
