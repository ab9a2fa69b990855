import ChronographCore
import ChronographGraph
import ChronographStore
import Foundation

/// Reads the built exports back, for the query commands (they never re-extract): from the
/// store (`chronograph.sqlite`) when the folder has one, else from the JSON exports of a
/// build without the `sqlite` format.
public struct ExportReader {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The folder's store, opened and checked; nil when the folder has none.
    public func store() throws -> Store? {
        let path = (directory as NSString).appendingPathComponent(Store.fileName)
        return FileManager.default.fileExists(atPath: path) ? try Store(path: path) : nil
    }

    /// A JSON export, with errors that name the file and say what to do.
    public func json(_ name: String) throws -> JSONValue {
        let path = (directory as NSString).appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ChronographError(file: path, "not found: run `chronograph build` first, or point the command at the folder holding the exports")
        }
        do {
            return try JSONParser.parse(Array(data))
        } catch let error as JSONParser.Failure {
            throw ChronographError(file: path, "\(error)")
        }
    }

    /// Timeline events in timeline order, of one community (its name) or all.
    public func events(community: String? = nil) throws -> [Event] {
        if let store = try store() { return try store.events(community: community) }
        return try jsonEvents().filter { community == nil || $0.community == community }
    }

    /// Timeline events as written in timeline.json.
    func jsonEvents() throws -> [Event] {
        guard let items = try json("timeline.json")["events"]?.arrayValue else {
            throw ChronographError(file: (directory as NSString).appendingPathComponent("timeline.json"), "has no \"events\" list")
        }
        return items.compactMap(Self.event)
    }

    static func event(_ value: JSONValue) -> Event? {
        guard let community = value["community"]?.stringValue, let dateText = value["date"]?.stringValue,
              let date = try? EDTFDate(parsing: dateText), let typeText = value["type"]?.stringValue,
              let type = EventType(rawValue: typeText), let source = value["source"] else { return nil }
        var event = Event(
            community: community, date: date, mod: value["mod"]?.stringValue.flatMap(TimeModifier.init(rawValue:)),
            type: type, title: value["title"]?.stringValue ?? "", text: value["text"]?.stringValue ?? "",
            themes: (value["themes"]?.arrayValue ?? []).compactMap(\.stringValue),
            entities: (value["entities"]?.arrayValue ?? []).compactMap(\.stringValue),
            source: SourceSpan(document: source["document"]?.stringValue ?? "", start: source["start"]?.intValue ?? 0,
                               end: source["end"]?.intValue ?? 0),
            timeExpression: value["time_expression"]?.stringValue,
            timeSpan: value["time_span"].flatMap { span in
                span["start"]?.intValue.flatMap { start in
                    span["end"]?.intValue.map { SourceSpan(document: span["document"]?.stringValue ?? "", start: start, end: $0) }
                }
            },
            anchorDate: value["anchor_date"]?.stringValue)
        event.id = value["id"]?.stringValue ?? ""
        return event
    }

    /// Communities with their aliases.
    public func communities() throws -> [(id: String, name: String, aliases: [String])] {
        if let store = try store() { return try store.communities() }
        let nodes = try json("graph.json")["nodes"]?.arrayValue ?? []
        return nodes.compactMap { node in
            guard node["type"]?.stringValue == "community", let id = node["id"]?.stringValue,
                  let name = node["label"]?.stringValue else { return nil }
            return (id, name, (node["aliases"]?.arrayValue ?? []).compactMap(\.stringValue))
        }
    }

    /// The community a name or alias denotes (fuzzy, as in every command).
    public func community(named name: String) throws -> String {
        let known = try communities()
        let exact = try store()?.exactMatches(name, in: known.map(\.id)) ?? []
        return known[try NameMatcher.pick(name, names: known.map { [$0.name] + $0.aliases }, exact: exact, kind: "community") {
            known[$0].name
        }].name
    }
}
