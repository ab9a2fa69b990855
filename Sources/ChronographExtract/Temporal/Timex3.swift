import ChronographCore

/// The TimeML (TIMEX3) reading of a time expression, for TimeML tools and TempEval scoring:
/// `type`, `value` ("1998-03-12", "1998-W11", "P18M", "PRESENT_REF", "XXXX-WXX-1") and `mod`.
public struct Timex3: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
    }

    public var type: Kind
    /// Nil when the expression could not be normalised (a relative phrase with nothing to anchor on).
    public var value: String?
    /// TimeML's mod: APPROX, BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER, START, MID, END.
    public var mod: String?

    public init(type: Kind, value: String?, mod: String? = nil) {
        self.type = type
        self.value = value
        self.mod = mod
    }

    /// The reading of an expression of `kind` with TIMEX3 `value`: a "P…" value is a duration, a
    /// value with a time of day ("T…") a time, a repetition a set.
    init(kind: TimeExpression.Kind, value: String, mod: String?) {
        let reference = value.hasSuffix("_REF")
        let type: Kind = kind == .set ? .set : reference ? .date : value.hasPrefix("P") ? .duration : value.contains("T") ? .time : .date
        self.init(type: type, value: value, mod: mod)
    }

    /// An expression's reading from its EDTF date alone; durations and sets without a value
    /// keep their type.
    init(kind: TimeExpression.Kind, date: EDTFDate?, mod: TimeModifier?) {
        if let date, kind != .duration, kind != .set {
            self.init(date: date, mod: mod)
        } else {
            self.init(type: kind == .duration ? .duration : kind == .set ? .set : .date, value: nil, mod: Self.mod(mod))
        }
    }

    /// The TIMEX3 value of an EDTF date: points keep their digits (197X → "197", the decade);
    /// an open interval is its known end ("since 1990" is the timex 1990); a month span inside
    /// one year is a quarter, half or season when it is exactly one, else the year; a span of
    /// years inside one decade read as approximate ("the early 1990s") is the decade; any other
    /// interval is its start (TimeML tags each end of a range as a timex of its own).
    public init(date: EDTFDate, mod: TimeModifier?) {
        self.init(type: .date, value: Self.value(of: date, approximate: mod == .approx), mod: Self.mod(mod))
    }

    static func mod(_ mod: TimeModifier?) -> String? {
        switch mod {
        case .approx: "APPROX"
        case .by: "ON_OR_BEFORE"
        case .since: "ON_OR_AFTER"
        case .asOf, nil: nil
        }
    }

    static let namedMonthSpans: [ClosedRange<Int>: String] = [
        1...3: "Q1", 4...6: "Q2", 7...9: "Q3", 10...12: "Q4", 1...6: "H1", 7...12: "H2", 3...5: "SP", 6...8: "SU", 9...11: "FA",
    ]

    static func value(of date: EDTFDate, approximate: Bool) -> String {
        guard date.isInterval, let a = date.start, let b = date.end else {
            return point(date.start ?? date.end!)
        }
        let plain = { (p: EDTFDate.Point) in EDTFDate.Point(year: p.year, month: p.month, day: p.day, unspecifiedDigits: p.unspecifiedDigits) }
        if plain(a) == plain(b) { return point(a) }
        if a.unspecifiedDigits == 0, b.unspecifiedDigits == 0, a.day == nil, b.day == nil {
            if let m = a.month, let n = b.month {
                if a.year == b.year { return namedMonthSpans[m...n].map { "\(four(a.year))-\($0)" } ?? four(a.year) }
                if b.year == a.year + 1, m == 12, n == 2 { return "\(four(a.year))-WI" }
            } else if a.month == nil, b.month == nil, approximate, a.year / 10 == b.year / 10 {
                return String(four(a.year).prefix(3))
            }
        }
        return point(a)
    }

    static func point(_ p: EDTFDate.Point) -> String {
        var text = String(four(p.year).dropLast(p.unspecifiedDigits))
        if p.unspecifiedDigits == 0 {
            if let month = p.month { text += "-" + two(month) }
            if let day = p.day { text += "-" + two(day) }
        }
        return text
    }

    /// A quarter or half of a year ("1989-Q3", "1989-H1"): the periods reports compare year on year.
    static func isPartOfYear(_ value: String) -> Bool {
        value.count == 7 && value.prefix(4).allSatisfy(\.isNumber) && (value.dropFirst(5).hasPrefix("Q") || value.dropFirst(5).hasPrefix("H"))
    }

    static func four(_ year: Int) -> String { year >= 1000 ? String(year) : String(String(year + 10000).dropFirst()) }
    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    /// An ISO 8601 duration: "P18M", "P3D", "PT2H", "P1DE"; a vague count is X ("for years": PXY).
    /// Decades and centuries are counted in years, as TimeML annotators write them ("two decades": P20Y).
    static func duration(count: Int?, unit: String) -> String {
        if let (factor, base) = ["DE": (10, "Y"), "CE": (100, "Y")][unit] {
            return duration(count: count.map { $0 * factor }, unit: base)
        }
        let n = count.map(String.init) ?? "X"
        return unit.hasPrefix("T") ? "PT\(n)\(unit.dropFirst())" : "P\(n)\(unit)"
    }
}
