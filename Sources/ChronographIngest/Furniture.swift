import ChronographCore
import Foundation

/// Page furniture ("In the News", "Want to know more about X?"): lines that are not narrative.
public struct Furniture: Sendable {
    private var exact: [String] = []
    private var prefixes: [String] = []
    private var fragments: [String] = []

    public static let standard = Furniture(rules: RuleFile(bundle: .module, name: "furniture.rules"))

    public init(rules: RuleFile) {
        for line in rules.lines() {
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            let text = parts[1].lowercased()
            switch parts[0] {
            case "exact": exact.append(text)
            case "prefix": prefixes.append(text)
            case "contains": fragments.append(text)
            default: continue
            }
        }
    }

    public func matches(_ line: String) -> Bool {
        guard line.utf8.count <= 300 else { return false }   // furniture is a short line
        var text = line.trimmingCharacters(in: .whitespaces).lowercased()
        while let last = text.last, ".?!".contains(last) { text.removeLast() }
        return exact.contains(text) || prefixes.contains { text.hasPrefix($0) } || fragments.contains { text.contains($0) }
    }
}
