import ChronographCore

/// How a node looks in graph tools: one fixed colour per node type (Tableau 10, readable on white
/// and distinguishable for most colour-vision deficiencies) and a size that grows with evidence.
public enum NodeStyle {
    public struct RGB: Sendable, Equatable {
        public var r: Int, g: Int, b: Int
        public var hex: String { "#" + [r, g, b].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined() }
    }

    public static func color(_ type: NodeType) -> RGB {
        switch type {
        case .community: return RGB(r: 31, g: 119, b: 180)
        case .person: return RGB(r: 214, g: 39, b: 40)
        case .organization: return RGB(r: 44, g: 160, b: 44)
        case .initiative: return RGB(r: 255, g: 127, b: 14)
        case .network: return RGB(r: 148, g: 103, b: 189)
        case .award: return RGB(r: 188, g: 189, b: 34)
        case .place: return RGB(r: 140, g: 86, b: 75)
        case .theme: return RGB(r: 23, g: 190, b: 207)
        case .event: return RGB(r: 127, g: 127, b: 127)
        }
    }

    /// 8 for a node nothing points at, growing with the square root of its mentions (or, for
    /// nodes that are not mentioned entities, its degree), rounded to hundredths for stable bytes.
    public static func size(mentions: Int?, degree: Int) -> Double {
        let evidence = Double(mentions ?? degree)
        return ((8 + 4 * evidence.squareRoot()) * 100).rounded() / 100
    }
}
