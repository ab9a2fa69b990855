import ChronographCore

/// The one place that maps property values to typed attributes for the graph formats:
/// integers → long, numbers → double, booleans → boolean, lists of strings → string list,
/// everything else → string (objects and mixed lists as JSON text, so readers can decode them exactly).
struct AttributeSchema {
    enum Kind: String { case boolean, long, double, string, strings }

    struct Attribute {
        var name: String
        var kind: Kind
    }

    /// Attributes in name order, typed by every value they take.
    let attributes: [Attribute]

    init(_ propertySets: [[String: JSONValue]], fixed: [String: Kind] = [:]) {
        var kinds: [String: Kind] = fixed
        for properties in propertySets {
            for (name, value) in properties {
                guard let kind = AttributeSchema.kind(of: value) else { continue }
                kinds[name] = AttributeSchema.merge(kinds[name], kind)
            }
        }
        attributes = kinds.map { Attribute(name: $0.key, kind: $0.value) }.sorted { $0.name < $1.name }
    }

    static func kind(of value: JSONValue) -> Kind? {
        switch value {
        case .null: return nil
        case .bool: return .boolean
        case .int: return .long
        case .double: return .double
        case let .array(items) where items.allSatisfy({ $0.stringValue != nil }): return .strings
        default: return .string
        }
    }

    static func merge(_ a: Kind?, _ b: Kind) -> Kind {
        guard let a, a != b else { return b }
        if Set([a, b]) == [.long, .double] { return .double }
        return .string
    }

    /// The type name each format uses for a kind. GraphML has no list type, so lists travel as
    /// JSON text there; Gephi reads GEXF `liststring` values written as JSON arrays.
    static func graphMLType(_ kind: Kind) -> String { kind == .strings ? "string" : kind.rawValue }
    static func gexfType(_ kind: Kind) -> String { kind == .strings ? "liststring" : kind.rawValue }

    /// The text form of a value for an attribute of `kind`; nil for null.
    static func text(_ value: JSONValue, as kind: Kind) -> String? {
        switch value {
        case .null: return nil
        case let .bool(b): return b ? "true" : "false"
        case let .int(i): return kind == .double ? JSONSerializer.format(Double(i)) : String(i)
        case let .double(d): return JSONSerializer.format(d)
        case let .string(s): return s
        case .array, .object: return JSONSerializer.serialize(value, pretty: false)
        }
    }
}
