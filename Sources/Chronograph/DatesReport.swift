import ChronographCore
import ChronographExtract
import ChronographIngest

/// The `dates` command's library side: every time expression of every profile, tagged the way the
/// event extractor tags it (one temporal context per profile), as rows, an aligned table or JSON.
public struct DatesReport: Sendable {
    /// One time expression with its place in the input.
    public struct Row: Sendable, Equatable {
        public var community: String
        public var span: SourceSpan
        public var expression: TimeExpression
    }

    public var rows: [Row]

    public init(rows: [Row]) { self.rows = rows }

    /// Reads and segments `inputs` like `Pipeline`, then tags every narrative sentence.
    public init(inputs: [String], referenceDate: EDTFDate? = nil, tagger: TemporalTagger = .standard) throws {
        let documents = try InputCollector.collect(inputs).map(DocumentReader.read)
        try self.init(documents: documents, referenceDate: referenceDate, tagger: tagger)
    }

    public init(documents: [Document], referenceDate: EDTFDate? = nil, tagger: TemporalTagger = .standard) throws {
        let segmenter = ProfileSegmenter()
        var rows: [Row] = []
        for document in documents {
            for profile in try segmenter.profiles(in: document) {
                var context = TemporalContext(referenceDate: referenceDate)
                for sentence in profile.sentences {
                    for expression in tagger.tag(sentence.text, context: &context) {
                        let start = sentence.span.start
                        rows.append(Row(community: profile.name,
                                        span: SourceSpan(document: sentence.span.document,
                                                         start: start + expression.range.lowerBound,
                                                         end: start + expression.range.upperBound),
                                        expression: expression))
                    }
                }
            }
        }
        self.rows = rows
    }

    static let columns = ["document", "start", "end", "community", "text", "date", "mod", "kind", "anchor"]

    private static func fields(_ row: Row) -> [String] {
        let e = row.expression
        return [row.span.document, String(row.span.start), String(row.span.end), row.community, e.text,
                e.date?.description ?? "-", e.mod?.rawValue ?? "-", e.kind.rawValue, e.anchor?.description ?? "-"]
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
                ("date", .optional(e.date?.description)), ("mod", .optional(e.mod?.rawValue)),
                ("kind", .string(e.kind.rawValue)), ("anchor", .optional(e.anchor?.description)),
            ])
        }))])
    }
}
