import ChronographCore
import Foundation

/// `timeline.html`: one self-contained page (inline CSS and JS, no network, works from file://)
/// with a lane per community on a year axis, filters by community, type and theme, text search
/// and keyboard access. The events travel as JSON in a `<script type="application/json">`.
public enum HTMLTimeline {
    public static let title = "Chronograph timeline"

    public static func write(_ events: [Event], to path: String) throws {
        let template = try String(contentsOf: templateURL, encoding: .utf8)
        guard let slot = template.range(of: "{{DATA}}") else { throw ChronographError(file: "timeline.html", "template has no {{DATA}} slot") }
        let head = template[..<slot.lowerBound].replacingOccurrences(of: "{{TITLE}}", with: EventPresentation.escapeHTML(title))
        try AtomicFile.write(path) { temp in
            let file = try TextFileWriter(path: temp)
            file.write(head)
            file.write(scriptSafe(JSONSerializer.serialize(data(events), pretty: false)))
            file.write(String(template[slot.upperBound...]))
            try file.finish()
        }
    }

    /// What the page reads: per event its date in words and its place on the year axis.
    static func data(_ events: [Event]) -> JSONValue {
        .object([
            ("title", .string(title)),
            ("events", .array(events.map { event in
                let date = event.date
                let first = (date.earliest ?? date.latest)!, last = (date.latest ?? date.earliest)!
                return .object([
                    ("id", .string(event.id)),
                    ("community", .string(event.community)),
                    ("type", .string(event.type.rawValue)),
                    ("date", .string(date.description)),
                    ("label", .string(EventPresentation.dateLabel(event))),
                    ("y0", .double(EventPresentation.yearPosition(first))),
                    ("y1", .double(EventPresentation.yearPosition(last))),
                    ("title", .string(event.title)),
                    ("text", .string(event.text)),
                    ("themes", .strings(event.themes)),
                    ("source", .string(EventPresentation.sourceLabel(event.source))),
                ])
            })),
        ])
    }

    /// JSON that cannot end or confuse the script element: every `<` becomes `\u003c` (it only
    /// occurs inside strings), and the serializer already writes U+2028/U+2029 as escapes.
    static func scriptSafe(_ json: String) -> String {
        json.replacingOccurrences(of: "<", with: "\\u003c")
    }

    static var templateURL: URL {
        guard let url = Bundle.module.url(forResource: "timeline", withExtension: "html", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "timeline", withExtension: "html") else {
            fatalError("resource timeline.html missing from \(Bundle.module.bundlePath)")
        }
        return url
    }
}
