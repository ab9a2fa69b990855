import ChronographCore
import ChronographExport
import ChronographExtract
import ChronographGraph
import Foundation

/// Filters the built timeline: by community (name or alias, accent- and case-insensitive),
/// years (events whose span overlaps the range), type and theme.
public struct TimelineQuery: Sendable {
    public var community: String?
    public var from: Int?
    public var to: Int?
    public var type: EventType?
    public var theme: String?

    public init(community: String? = nil, from: Int? = nil, to: Int? = nil, type: EventType? = nil, theme: String? = nil) {
        self.community = community
        self.from = from
        self.to = to
        self.type = type
        self.theme = theme
    }

    public func run(_ reader: ExportReader) throws -> [Event] {
        let communityName = try community.map(reader.community(named:))
        return try reader.events(community: communityName).filter { event in
            if let type, event.type != type { return false }
            if let theme, !event.themes.contains(theme) { return false }
            if let from, (event.date.latest?.year ?? Int.max) < from { return false }
            if let to, (event.date.earliest?.year ?? Int.min) > to { return false }
            return true
        }
    }

    /// A readable table: date, community, type, title.
    public static func table(_ events: [Event]) -> String {
        let rows = events.map { e in [e.date.description + (e.mod.map { " (\($0.rawValue))" } ?? ""), e.community, e.type.rawValue, e.title] }
        return TextTable.render(header: ["DATE", "COMMUNITY", "TYPE", "TITLE"], rows: rows).joined(separator: "\n") + "\n"
    }

    /// `timeline --json`: `{"events": [...]}`, each event as in timeline.json.
    public static func document(_ events: [Event]) -> JSONValue {
        .object([("events", .array(events.map(JSONExports.event)))])
    }

    /// The theme ids `--theme` accepts.
    public static var themeIDs: [String] { ThemeLexicon.standard.themeIDs }
}
