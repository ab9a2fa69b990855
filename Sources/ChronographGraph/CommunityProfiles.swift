import Foundation

/// A community's theme profile: the share of its events bearing on each theme.
public struct CommunityProfile: Sendable, Equatable {
    public var community: String
    public var shares: [String: Double]
    public var events: Int

    public init(community: String, shares: [String: Double], events: Int) {
        self.community = community
        self.shares = shares
        self.events = events
    }

    /// Profiles from (community, themes) pairs, one per event, in community name order.
    public static func profiles(_ events: [(community: String, themes: [String])]) -> [CommunityProfile] {
        var counts: [String: [String: Int]] = [:]
        var totals: [String: Int] = [:]
        for (community, themes) in events {
            totals[community, default: 0] += 1
            for theme in Set(themes) { counts[community, default: [:]][theme, default: 0] += 1 }
        }
        return totals.keys.sorted().map { community in
            let total = Double(totals[community]!)
            return CommunityProfile(community: community,
                                    shares: (counts[community] ?? [:]).mapValues { Double($0) / total },
                                    events: totals[community]!)
        }
    }

    /// Themes by share, best first (ties by id).
    public func top(_ limit: Int) -> [(theme: String, share: Double)] {
        shares.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(limit).map { ($0.key, $0.value) }
    }

    /// Cosine of the two share vectors, and the themes both bear on, strongest shared first.
    public func similarity(to other: CommunityProfile) -> (score: Double, shared: [String]) {
        var dot = 0.0
        var shared: [(Double, String)] = []
        for (theme, share) in shares {
            guard let theirs = other.shares[theme] else { continue }
            dot += share * theirs
            shared.append((min(share, theirs), theme))
        }
        let norm = Self.norm(shares) * Self.norm(other.shares)
        return (norm > 0 ? dot / norm : 0, shared.sorted { ($0.0, $1.1) > ($1.0, $0.1) }.map(\.1))
    }

    /// The other profiles ranked by similarity to this one (ties by name).
    public func ranked(among profiles: [CommunityProfile]) -> [(profile: CommunityProfile, score: Double, shared: [String])] {
        profiles.filter { $0.community != community }
            .map { other in let s = similarity(to: other); return (other, s.score, s.shared) }
            .sorted { ($0.score, $1.profile.community) > ($1.score, $0.profile.community) }
    }

    private static func norm(_ v: [String: Double]) -> Double { v.values.reduce(0) { $0 + $1 * $1 }.squareRoot() }
}
