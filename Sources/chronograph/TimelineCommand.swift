import ArgumentParser
import Chronograph
import ChronographCore

struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the built timeline, filtered, as a table or JSON ({\"events\": [...]}).")

    @Option(help: "Only this community (name or alias, fuzzy).") var community: String?
    @Option(name: .customLong("from-year"), help: "Only events that reach this year or later.") var fromYear: Int?
    @Option(name: .customLong("to-year"), help: "Only events that start in this year or earlier.") var toYear: Int?
    @Option(help: "Only this event type (\(EventType.allCases.map(\.rawValue).joined(separator: ", "))).") var type: String?
    @Option(help: "Only events with this theme id.") var theme: String?
    @Flag(help: "Print JSON instead of a table.") var json = false
    @OptionGroup var exports: ExportsFolder

    func run() throws {
        try runReportingErrors {
            if let type { try UsageError.check("--type", type, in: EventType.allCases.map(\.rawValue)) }
            if let theme { try UsageError.check("--theme", theme, in: TimelineQuery.themeIDs) }
            let query = TimelineQuery(community: community, from: fromYear, to: toYear,
                                      type: type.flatMap(EventType.init(rawValue:)), theme: theme)
            let events = try query.run(ExportReader(directory: exports.path))
            try printResult(json: json, TimelineQuery.document(events), empty: events.isEmpty, what: "events", text: TimelineQuery.table(events))
        }
    }
}
