import ChronographCore
import Foundation

/// Reads the built exports back, for the query commands (they never re-extract).
public struct ExportReader {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
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

    /// Timeline events as written in timeline.json.
    public func events() throws -> [Event] {
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
            timeExpression: value["time_expression"]?.stringValue, anchorDate: value["anchor_date"]?.stringValue)
        event.id = value["id"]?.stringValue ?? ""
        return event
    }

    /// Community names with their aliases, from graph.json.
    public func communities() throws -> [(name: String, aliases: [String])] {
        let nodes = try json("graph.json")["nodes"]?.arrayValue ?? []
        return nodes.compactMap { node in
            guard node["type"]?.stringValue == "community", let name = node["label"]?.stringValue else { return nil }
            return (name, (node["aliases"]?.arrayValue ?? []).compactMap(\.stringValue))
        }
    }
}
