import ChronographCore

/// Day arithmetic for reference-date readings ("yesterday", "Friday", "last week"): days are
/// counted from 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's civil algorithms).
extension EDTFDate.Day {
    /// Days since 1970-01-01.
    var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    init(ordinal: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    func adding(days: Int) -> EDTFDate.Day { EDTFDate.Day(ordinal: ordinal + days) }

    /// ISO weekday: 1 Monday … 7 Sunday (1970-01-01 was a Thursday).
    var weekday: Int { ((ordinal % 7 + 7) % 7 + 3) % 7 + 1 }

    /// The ISO 8601 week: its year (which may differ from the calendar year) and number.
    var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let first = EDTFDate.Day(year: thursday.year, month: 1, day: 1).ordinal
        return (thursday.year, (thursday.ordinal - first) / 7 + 1)
    }

    var edtf: EDTFDate { .day(year, month, day) }
}

/// A named day of the calendar (`Resources/temporal/holidays.rules`): fixed, the Nth weekday
/// of a month, or counted from Easter; then shifted by some days.
struct Holiday: Sendable {
    enum Base: Sendable {
        case fixed(month: Int, day: Int)
        /// `nth` 1…5, or -1 for the last.
        case weekday(month: Int, nth: Int, weekday: Int)
        case easter
    }

    var base: Base
    var shift = 0

    init?(_ spec: String, weekdays: [String: Int]) {
        var parts = spec.split(separator: " ").map(String.init)
        if let last = parts.last, last.hasPrefix("+") || last.hasPrefix("-"), let n = Int(last.dropFirst(last.hasPrefix("+") ? 1 : 0)) {
            shift = n
            parts.removeLast()
        }
        switch parts.count {
        case 1 where parts[0] == "easter": base = .easter
        case 1:
            let md = parts[0].split(separator: "-").compactMap { Int($0) }
            guard md.count == 2 else { return nil }
            base = .fixed(month: md[0], day: md[1])
        case 3:
            guard let month = Int(parts[0]), let nth = parts[1] == "last" ? -1 : Int(parts[1]), let weekday = weekdays[parts[2]] else { return nil }
            base = .weekday(month: month, nth: nth, weekday: weekday)
        default: return nil
        }
    }

    func day(in year: Int) -> EDTFDate.Day {
        let day: EDTFDate.Day
        switch base {
        case let .fixed(month, d): day = EDTFDate.Day(year: year, month: month, day: d)
        case let .weekday(month, nth, weekday) where nth > 0:
            let first = EDTFDate.Day(year: year, month: month, day: 1)
            day = first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (nth - 1))
        case let .weekday(month, _, weekday):
            let last = EDTFDate.Day(year: month == 12 ? year + 1 : year, month: month % 12 + 1, day: 1).adding(days: -1)
            day = last.adding(days: -((last.weekday - weekday + 7) % 7))
        case .easter:
            // The anonymous Gregorian computus (Meeus/Jones/Butcher).
            let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
            let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
            let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451
            day = EDTFDate.Day(year: year, month: (h + l - 7 * m + 114) / 31, day: (h + l - 7 * m + 114) % 31 + 1)
        }
        return day.adding(days: shift)
    }
}

extension EDTFDate {
    /// The months `months` of `year` ("the third quarter": 7...9); a span past December (a
    /// winter, 12...14) ends in the next year.
    static func months(_ year: Int, _ months: ClosedRange<Int>) -> EDTFDate {
        let last = months.upperBound > 12 ? Point(year: year + 1, month: months.upperBound - 12) : Point(year: year, month: months.upperBound)
        return EDTFDate(from: Point(year: year, month: months.lowerBound), to: last)
    }

    /// A quarter by its index counted from year 0 (`year * 4 + quarter - 1`), so shifts carry over years.
    static func quarter(index: Int) -> EDTFDate {
        let year = index >= 0 ? index / 4 : (index - 3) / 4, n = index - year * 4
        return months(year, n * 3 + 1...n * 3 + 3)
    }

    /// The days `first` to `last` ("last week": Monday to Sunday).
    static func days(_ first: Day, _ last: Day) -> EDTFDate {
        EDTFDate(from: Point(year: first.year, month: first.month, day: first.day), to: Point(year: last.year, month: last.month, day: last.day))
    }
}
