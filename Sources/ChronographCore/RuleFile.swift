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
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("#") || line.isEmpty { continue }
            if let hash = line.range(of: " #") { line = line[..<hash.lowerBound].trimmingCharacters(in: .whitespaces) }
            if line.hasPrefix("["), line.hasSuffix("]") {
                current = String(line.dropFirst().dropLast())
                if sections[current] == nil { sectionOrder.append(current) }
                sections[current, default: []] += []
                continue
            }
            if sections[current] == nil { sectionOrder.append(current) }
            sections[current, default: []].append(Entry(text: line, line: i + 1))
        }
    }

    /// Loads `Resources/<name>` from a bundle; a missing resource is a packaging bug.
    public init(bundle: Bundle, name: String) {
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
