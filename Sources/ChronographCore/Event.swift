/// What kind of happening an event is (see GUIDELINES.md, Events).
public enum EventType: String, Sendable, CaseIterable, Comparable {
    case award, network, initiative, partnership, policy, milestone
    public static func < (a: EventType, b: EventType) -> Bool { a.rawValue < b.rawValue }
}

/// How the text qualifies a time: "by 1995", "since 2011", "as of 2019", "about 2005".
public enum TimeModifier: String, Sendable, CaseIterable {
    case by, since
    case asOf = "as-of"
    case approx
}

/// A dated happening of one community, with the sentence (or footer line) it comes from.
public struct Event: Sendable, Equatable {
    public var id: String = ""
    public var community: String
    public var date: EDTFDate
    public var mod: TimeModifier?
    public var type: EventType
    public var title: String
    public var text: String
    public var themes: [String]
    public var entities: [String]
    public var source: SourceSpan
    /// The time expression as written, with its span (nil for footer awards, dated by their line).
    public var timeExpression: String?
    public var timeSpan: SourceSpan?
    /// For relative expressions: the explicit date they were resolved against.
    public var anchorDate: String?

    public init(community: String, date: EDTFDate, mod: TimeModifier? = nil, type: EventType, title: String,
                text: String, themes: [String] = [], entities: [String] = [], source: SourceSpan,
                timeExpression: String? = nil, timeSpan: SourceSpan? = nil, anchorDate: String? = nil) {
        self.community = community
        self.date = date
        self.mod = mod
        self.type = type
        self.title = title
        self.text = text
        self.themes = themes
        self.entities = entities
        self.source = source
        self.timeExpression = timeExpression
        self.timeSpan = timeSpan
        self.anchorDate = anchorDate
    }

    /// The year used for matching and display: the first year the expression points at.
    public var year: Int { date.firstYear }

    /// Timeline order: where the date starts (year, month, day; an open start counts from the
    /// first of its year), then community, then position in the source.
    public static func chronological(_ a: Event, _ b: Event) -> Bool {
        if a.startKey != b.startKey { return a.startKey < b.startKey }
        if a.community != b.community { return a.community < b.community }
        if a.source != b.source { return a.source < b.source }
        return a.title < b.title
    }

    var startKey: EDTFDate.Day {
        let point = date.start
        return EDTFDate.Day(year: year, month: point?.month ?? 1, day: point?.day ?? 1)
    }
}
