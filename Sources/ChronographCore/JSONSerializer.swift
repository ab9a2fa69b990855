/// Writes `JSONValue`s as UTF-8 text: two-space indentation, keys in the order given,
/// numbers in a fixed format. Arrays of scalars stay on one line to keep files readable.
/// The text is built as bytes (appending to a `String` piece by piece is the slow part).
public enum JSONSerializer {
    public static func serialize(_ value: JSONValue, pretty: Bool = true) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(value, into: &out, indent: 0, pretty: pretty)
        if pretty { out.append(UInt8(ascii: "\n")) }
        return String(decoding: out, as: UTF8.self)
    }

    private static func write(_ value: JSONValue, into out: inout [UInt8], indent: Int, pretty: Bool) {
        switch value {
        case .null: out += "null".utf8
        case let .bool(b): out += (b ? "true" : "false").utf8
        case let .int(i): out += String(i).utf8
        case let .double(d): out += format(d).utf8
        case let .string(s): writeString(s, into: &out)
        case let .array(items):
            if items.isEmpty { out += "[]".utf8; return }
            if !pretty || items.allSatisfy(\.isScalar) {
                out.append(UInt8(ascii: "["))
                for (i, item) in items.enumerated() {
                    if i > 0 { out += (pretty ? ", " : ",").utf8 }
                    write(item, into: &out, indent: indent, pretty: pretty)
                }
                out.append(UInt8(ascii: "]"))
                return
            }
            out += "[\n".utf8
            for (i, item) in items.enumerated() {
                indentation(indent + 1, into: &out)
                write(item, into: &out, indent: indent + 1, pretty: pretty)
                out += (i + 1 < items.count ? ",\n" : "\n").utf8
            }
            indentation(indent, into: &out)
            out.append(UInt8(ascii: "]"))
        case let .object(pairs):
            if pairs.isEmpty { out += "{}".utf8; return }
            out += (pretty ? "{\n" : "{").utf8
            for (i, (key, item)) in pairs.enumerated() {
                if pretty { indentation(indent + 1, into: &out) }
                writeString(key, into: &out)
                out += (pretty ? ": " : ":").utf8
                write(item, into: &out, indent: indent + 1, pretty: pretty)
                if i + 1 < pairs.count { out.append(UInt8(ascii: ",")) }
                if pretty { out.append(UInt8(ascii: "\n")) }
            }
            if pretty { indentation(indent, into: &out) }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func indentation(_ level: Int, into out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    /// Shortest round-trip form, always with a decimal point so readers keep the float type.
    public static func format(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) + ".0" }
        return "\(d)"
    }

    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Fast path: nothing to escape (the common case) is appended whole.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
            out += s.utf8
            out.append(UInt8(ascii: "\""))
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\"".utf8
            case "\\": out += "\\\\".utf8
            case "\n": out += "\\n".utf8
            case "\r": out += "\\r".utf8
            case "\t": out += "\\t".utf8
            case _ where scalar.value < 0x20 || (0x2028...0x2029).contains(scalar.value):
                let hex = String(scalar.value, radix: 16)
                out += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
            default: UTF8.encode(scalar) { out.append($0) }
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

extension JSONValue {
    var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }
}
