import ArgumentParser
import Chronograph
import ChronographCore

struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the built timeline, filtered, as a table or JSON.")

    @Option(help: "Only this community (name or alias).") var community: String?
    @Option(help: "Only events that reach this year or later.") var from: Int?
    @Option(help: "Only events that start in this year or earlier.") var to: Int?
    @Option(help: "Only this event type (award, network, initiative, partnership, policy, milestone).") var type: String?
    @Option(help: "Only events with this theme id.") var theme: String?
    @Flag(help: "Print JSON instead of a table.") var json = false
    @Option(name: .customLong("from-dir"), help: "Directory holding the built exports.") var directory = "exports"

    func run() throws {
        try runReportingErrors {
            var eventType: EventType?
            if let type {
                guard let parsed = EventType(rawValue: type) else {
                    throw ChronographError("unknown type '\(type)' (known: \(EventType.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                eventType = parsed
            }
            let query = TimelineQuery(community: community, from: from, to: to, type: eventType, theme: theme)
            let events = try query.run(ExportReader(directory: directory))
            print(json ? TimelineQuery.json(events) : TimelineQuery.table(events), terminator: "")
        }
    }
}
