/// The subset of EDTF (ISO 8601-2) Chronograph uses: years, months, days, unspecified digits
/// (`197X`, `20XX`), qualifiers (`~`, `?`), closed and open intervals (`2007/2011`, `2011/..`, `../1995`).
public struct EDTFDate: Hashable, Sendable, CustomStringConvertible, Comparable {
    /// One calendar point; `unspecifiedDigits` counts trailing X's in the year (1: decade, 2: century).
    public struct Point: Hashable, Sendable {
        public var year: Int
        public var month: Int?
        public var day: Int?
        public var unspecifiedDigits: Int
        public var approximate: Bool
        public var uncertain: Bool

        public init(year: Int, month: Int? = nil, day: Int? = nil, unspecifiedDigits: Int = 0,
                    approximate: Bool = false, uncertain: Bool = false) {
            self.year = year
            self.month = month
            self.day = day
            self.unspecifiedDigits = unspecifiedDigits
            self.approximate = approximate
            self.uncertain = uncertain
        }

        public static func decade(_ startYear: Int) -> Point { Point(year: startYear - startYear % 10, unspecifiedDigits: 1) }
        public static func century(_ startYear: Int) -> Point { Point(year: startYear - startYear % 100, unspecifiedDigits: 2) }

        var span: Int { [1, 10, 100][min(unspecifiedDigits, 2)] }

        /// Earliest (year, month, day) the point covers.
        public var earliest: Day {
            let y = unspecifiedDigits > 0 ? year - year % span : year
            return Day(year: y, month: month ?? 1, day: day ?? 1)
        }

        /// Latest (year, month, day) the point covers.
        public var latest: Day {
            let y = unspecifiedDigits > 0 ? year - year % span + span - 1 : year
            let m = month ?? 12
            return Day(year: y, month: m, day: day ?? Day.daysIn(month: m, year: y))
        }

        public var description: String {
            var text: String
            let digits = Digits.four(year)
            if unspecifiedDigits > 0 {
                text = String(digits.dropLast(unspecifiedDigits)) + String(repeating: "X", count: unspecifiedDigits)
            } else {
                text = digits
            }
            if let month { text += "-" + Digits.two(month) }
            if let day { text += "-" + Digits.two(day) }
            switch (approximate, uncertain) {
            case (true, true): text += "%"
            case (true, false): text += "~"
            case (false, true): text += "?"
            default: break
            }
            return text
        }
    }

    /// A calendar day used for bounds and ordering.
    public struct Day: Hashable, Comparable, Sendable {
        public var year: Int
        public var month: Int
        public var day: Int

        public init(year: Int, month: Int, day: Int) {
            self.year = year
            self.month = month
            self.day = day
        }

        public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

        public static func daysIn(month: Int, year: Int) -> Int {
            switch month {
            case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
            case 4, 6, 9, 11: return 30
            default: return 31
            }
        }
    }

    /// `start == end` for a single point; nil marks an open end (`..`).
    public var start: Point?
    public var end: Point?
    public var isInterval: Bool

    public init(_ point: Point) {
        start = point
        end = point
        isInterval = false
    }

    public init(from start: Point?, to end: Point?) {
        precondition(start != nil || end != nil, "an interval needs at least one end")
        self.start = start
        self.end = end
        isInterval = true
    }

    public static func year(_ y: Int) -> EDTFDate { EDTFDate(Point(year: y)) }
    public static func month(_ y: Int, _ m: Int) -> EDTFDate { EDTFDate(Point(year: y, month: m)) }
    public static func day(_ y: Int, _ m: Int, _ d: Int) -> EDTFDate { EDTFDate(Point(year: y, month: m, day: d)) }
    public static func decade(_ y: Int) -> EDTFDate { EDTFDate(.decade(y)) }
    public static func century(_ y: Int) -> EDTFDate { EDTFDate(.century(y)) }
    public static func interval(_ a: Int, _ b: Int) -> EDTFDate { EDTFDate(from: Point(year: a), to: Point(year: b)) }

    /// The month `months` away from the value's month ("the following month"); nil when the
    /// value names no month.
    public static func shift(_ date: EDTFDate, months: Int) -> EDTFDate? {
        guard let point = date.end ?? date.start, let month = point.month, point.unspecifiedDigits == 0 else { return nil }
        let index = point.year * 12 + (month - 1) + months
        let year = index >= 0 ? index / 12 : (index - 11) / 12
        return .month(year, index - year * 12 + 1)
    }

    /// Earliest day covered; nil when open at the start.
    public var earliest: Day? { start?.earliest }
    /// Latest day covered; nil when open at the end.
    public var latest: Day? { end?.latest }

    /// Years every export can carry: GraphML and GEXF dates are xsd:date (no year 0, four
    /// digits here), TimelineJS and EDTF take the same. A value reaching outside is not kept
    /// as a date at all ("3000 years ago", "within 99999 years", "the 1st century" → 0000).
    public static let supportedYears = 1...9999

    /// Whether every day the value covers lies in `supportedYears` (open ends are fine).
    public var isWithinSupportedYears: Bool {
        [earliest, latest].allSatisfy { $0.map { Self.supportedYears.contains($0.year) } ?? true }
    }

    /// The first year the value points at (the end year for `../1995`).
    public var firstYear: Int { (earliest ?? latest)!.year }
    public var lastYear: Int { (latest ?? earliest)!.year }

    public var description: String {
        guard isInterval else { return start!.description }
        return (start?.description ?? "..") + "/" + (end?.description ?? "..")
    }

    /// Ordering for timelines: by where the value starts (an open start sorts at its end), then by end.
    public static func < (a: EDTFDate, b: EDTFDate) -> Bool {
        let ka = (a.earliest ?? a.latest!, a.latest ?? Day(year: Int.max, month: 12, day: 31))
        let kb = (b.earliest ?? b.latest!, b.latest ?? Day(year: Int.max, month: 12, day: 31))
        if ka.0 != kb.0 { return ka.0 < kb.0 }
        if ka.1 != kb.1 { return ka.1 < kb.1 }
        return a.description < b.description
    }

    /// Whether two values denote overlapping spans of time.
    public func overlaps(_ other: EDTFDate) -> Bool {
        let aLo = earliest, aHi = latest, bLo = other.earliest, bHi = other.latest
        return (aHi == nil || bLo == nil || bLo! <= aHi!) && (bHi == nil || aLo == nil || aLo! <= bHi!)
    }

    public struct ParseError: Error, CustomStringConvertible {
        public let text: String
        public var description: String { "not an EDTF date this tool understands: \(text)" }
    }

    /// Parses the subset written by `description`.
    public init(parsing text: String) throws {
        let trimmed = text.trimmingSpaces
        if let slash = trimmed.firstIndex(of: "/") {
            let a = String(trimmed[..<slash]), b = String(trimmed[trimmed.index(after: slash)...])
            let s = (a == ".." || a.isEmpty) ? nil : try EDTFDate.parsePoint(a, whole: text)
            let e = (b == ".." || b.isEmpty) ? nil : try EDTFDate.parsePoint(b, whole: text)
            guard s != nil || e != nil else { throw ParseError(text: text) }
            self.init(from: s, to: e)
        } else {
            self.init(try EDTFDate.parsePoint(trimmed, whole: text))
        }
    }

    private static func parsePoint(_ raw: String, whole: String) throws -> Point {
        var body = Substring(raw)
        var approximate = false, uncertain = false
        while let last = body.last, "~?%".contains(last) {
            if last == "~" || last == "%" { approximate = true }
            if last == "?" || last == "%" { uncertain = true }
            body = body.dropLast()
        }
        let parts = body.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4 else { throw ParseError(text: whole) }
        let yearText = parts[0].uppercased()
        let xs = yearText.reversed().prefix { $0 == "X" }.count
        guard xs <= 2, let year = Int(yearText.replacingOccurrences(of: "X", with: "0")),
              !yearText.dropLast(xs).contains("X") else { throw ParseError(text: whole) }
        var point = Point(year: year, unspecifiedDigits: xs, approximate: approximate, uncertain: uncertain)
        if parts.count > 1 {
            guard xs == 0, parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { throw ParseError(text: whole) }
            point.month = m
        }
        if parts.count > 2 {
            guard parts[2].count == 2, let d = Int(parts[2]), (1...Day.daysIn(month: point.month!, year: year)).contains(d) else {
                throw ParseError(text: whole)
            }
            point.day = d
        }
        return point
    }
}

enum Digits {
    static func four(_ value: Int) -> String {
        let digits = String(abs(value))
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

extension String {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
