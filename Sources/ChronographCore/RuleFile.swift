import Foundation

/// A rules or lexicon resource: UTF-8 lines, `#` comments, blank lines ignored, optional
/// `[section]` headers. Entries before any header belong to the section "".
public struct RuleFile: Sendable {
    public let name: String
    public private(set) var sections: [String: [Entry]] = [:]
    public private(set) var sectionOrder: [String] = []

    public struct Entry: Sendable {
        public var text: String
        public var line: Int
        /// `left => right` split, for mapping entries.
        public var mapping: (String, String)? {
            guard let r = text.range(of: "=>") else { return nil }
            return (text[..<r.lowerBound].trimmingCharacters(in: .whitespaces),
                    text[r.upperBound...].trimmingCharacters(in: .whitespaces))
        }
    }

    public init(name: String, text: String) {
        self.name = name
        var current = ""
        // Byte-level: resource files run to tens of thousands of lines (word lists), and
        // Foundation's trimming and searching per line cost a second at start-up.
        let bytes = Array(text.utf8)
        var lineStart = 0, number = 0
        while lineStart <= bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            number += 1
            var a = lineStart, b = lineEnd
            while a < b, Self.isBlank(bytes[a]) { a += 1 }
            // A comment starts a line or follows a space (" # why").
            if a < b, bytes[a] != UInt8(ascii: "#"),
               let hash = (a..<b).first(where: { bytes[$0] == UInt8(ascii: "#") && Self.isBlank(bytes[$0 - 1]) }) { b = hash }
            while b > a, Self.isBlank(bytes[b - 1]) { b -= 1 }
            defer { lineStart = lineEnd + 1 }
            guard a < b, bytes[a] != UInt8(ascii: "#") else { continue }
            let line = String(decoding: bytes[a..<b], as: UTF8.self)
            if bytes[a] == UInt8(ascii: "["), bytes[b - 1] == UInt8(ascii: "]") {
                current = String(line.dropFirst().dropLast())
                if sections[current] == nil { sectionOrder.append(current) }
                sections[current, default: []] += []
                continue
            }
            if sections[current] == nil { sectionOrder.append(current) }
            sections[current, default: []].append(Entry(text: line, line: number))
        }
    }

    private static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }

    /// Loads `Resources/<name>` from a bundle; a missing resource is a packaging bug. A file of
    /// that name in the folder `CHRONOGRAPH_RULES` names is read instead, so edited rules (or a
    /// model trained on part of the gold) can be tried without rebuilding.
    public init(bundle: Bundle, name: String) {
        if let folder = ProcessInfo.processInfo.environment["CHRONOGRAPH_RULES"],
           let text = try? String(contentsOfFile: (folder as NSString).appendingPathComponent(name), encoding: .utf8) {
            self.init(name: name, text: text)
            return
        }
        let base = (name as NSString).deletingPathExtension, ext = (name as NSString).pathExtension
        guard let url = bundle.url(forResource: base, withExtension: ext, subdirectory: "Resources")
                ?? bundle.url(forResource: base, withExtension: ext),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("resource \(name) missing from \(bundle.bundlePath)")
        }
        self.init(name: name, text: text)
    }

    public func entries(_ section: String = "") -> [Entry] { sections[section] ?? [] }
    public func lines(_ section: String = "") -> [String] { entries(section).map(\.text) }
}
