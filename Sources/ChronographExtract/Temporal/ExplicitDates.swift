import ChronographCore

/// The explicit reader: an optional qualifying prefix ("since", "by", "as of", "about"), a date
/// core (year, month, day, decade, century, part of one, season, holiday, named period), and an
/// optional second core making a range ("from 2007 to 2011", "the 1970s and 1980s").
extension TemporalReader {
    /// A date as written, before qualifiers.
    struct Core {
        enum Level { case day, month, year, decade, century, span }

        var date: EDTFDate?
        /// A month (and day) without a year ("in March", "on Christmas Day"): dated from the anchor.
        var yearless: (month: Int, day: Int?)?
        var end: Int
        var approximate = false
        var level: Level

        init(_ date: EDTFDate, end: Int, level: Level, approximate: Bool = false) {
            self.date = date
            self.end = end
            self.level = level
            self.approximate = approximate
        }

        init(month: Int, day: Int?, end: Int) {
            yearless = (month, day)
            self.end = end
            level = day == nil ? .month : .day
        }

        var isPeriod: Bool { level == .decade || level == .century }
    }

    /// `anchor` lends its year to a yearless month or day ("In 2015 … In March"); with a
    /// `reference` date instead, the year is the reference's, moved by the tense around it.
    func explicit(at i: Int, anchor: EDTFDate?, reference: EDTFDate?) -> Reading? {
        var role: PrefixRole?, start = i
        var found: Core?
        // A reference date dates a month or day without a prefix too ("Aug. 2", "said in a March letter").
        let bare = reference != nil
        if let prefix = lexicon.prefixes.match(tokens, at: i), let core = core(at: prefix.end, prefixed: true) {
            role = prefix.value
            found = core
            if prefix.value == .plain { start = prefix.end }
            if prefix.value == .part { role = .plain }
        } else {
            found = core(at: i, prefixed: false, yearless: bare)
        }
        guard var core = found else { return nil }
        var ranged = false
        if let joined = joined(core, role: role) {
            core = joined
            ranged = true
        }

        var reading = Reading(start: start, end: core.end, kind: .explicit)
        if core.date == nil, let (month, day) = core.yearless {
            if let reference, let point = reference.start ?? reference.end, let now = point.month {
                reading.kind = .deictic
                // News dates what is near its own date: of the month in the year before, the same
                // year and the year after, the nearest one the sentence's tense allows (a past
                // sentence reaches at most a quarter ahead: "said it will pay Jan. 2"; a future
                // one at most a month back; an untold one, news telling of the past, four months
                // ahead).
                let allowed: ClosedRange<Int> = switch tense(around: i, core.end) {
                case .past: -24...3
                case .future: -1...24
                case nil: -24...4
                }
                let years = [point.year, point.year - 1, point.year + 1].filter { allowed.contains(($0 - point.year) * 12 + month - now) }
                let year = years.min { abs(($0 - point.year) * 12 + month - now) < abs(($1 - point.year) * 12 + month - now) } ?? point.year
                core.date = day.map { .day(year, month, $0) } ?? .month(year, month)
            } else {
                reading.kind = .relative
                reading.anchor = anchor
                // Only a date of year precision or finer can lend its year ("In 2015 … In March, …").
                guard let point = anchor?.end ?? anchor?.start, point.unspecifiedDigits == 0 else { return reading }
                let year = point.year
                core.date = day.map { .day(year, month, $0) } ?? .month(year, month)
            }
        }
        guard let date = core.date else { return nil }
        reading.date = date
        reading.mod = core.approximate ? .approx : nil
        switch role {
        case .since:
            reading.date = EDTFDate(from: date.start ?? date.end, to: nil)
            reading.mod = .since
        case .by:
            reading.date = EDTFDate(from: nil, to: date.end ?? date.start)
            reading.mod = .by
        case .before:
            reading.date = EDTFDate(from: nil, to: date.start ?? date.end)
            reading.mod = .by
        case .asOf:
            reading.mod = .asOf
        case .approx:
            reading.mod = .approx
        case .after:
            reading.date = EDTFDate(from: date.end ?? date.start, to: nil)
        case .from where !ranged && !isComparisonBase(before: i):
            reading.date = EDTFDate(from: date.start ?? date.end, to: nil)
            reading.mod = .since
        default:
            break
        }
        return reading
    }

    /// "up 44% from 2009": the year is what a figure is compared with, not a start.
    func isComparisonBase(before i: Int) -> Bool {
        guard i > 0 else { return false }
        let previous = tokens[i - 1]
        return previous.kind == .number || lexicon.comparisonWords.contains(previous.text)
    }

    /// `core` extended by a range connector and a second core, or by a transition
    /// ("as the Eighties gave way to the Nineties" is the turn between them).
    func joined(_ core: Core, role: PrefixRole?) -> Core? {
        if let connector = lexicon.rangeConnectors.match(tokens, at: core.end),
           connector.value == "to" || role == .between || core.isPeriod,
           let second = self.core(at: connector.end, prefixed: true), let secondDate = second.date {
            var firstDate = core.date
            if firstDate == nil, let (month, day) = core.yearless, let year = secondDate.start?.year {
                firstDate = day.map { .day(year, month, $0) } ?? .month(year, month)
            }
            if let first = firstDate, let from = first.start, let to = secondDate.end,
               let lo = first.earliest, let hi = secondDate.latest, lo <= hi {
                return Core(EDTFDate(from: from, to: to), end: second.end, level: .span,
                            approximate: core.approximate || second.approximate)
            }
        }
        if core.isPeriod, let transition = lexicon.transitions.match(tokens, at: core.end),
           let second = self.core(at: transition.end, prefixed: true), second.isPeriod,
           let first = core.date, let next = second.date {
            return Core(.interval(first.lastYear, next.firstYear), end: second.end, level: .span, approximate: true)
        }
        return nil
    }

    /// A date core at token `j`; `prefixed` when a qualifying word stands before it, which lets
    /// yearless months and older years ("in 1067") count.
    func core(at j: Int, prefixed: Bool, yearless: Bool = false) -> Core? {
        guard j < tokens.count else { return nil }
        if let qualifier = lexicon.centuryQualifiers.match(tokens, at: j), var century = century(at: skip("the", at: qualifier.end)) {
            century.approximate = true
            return century
        }
        if let period = lexicon.periods.match(tokens, at: j) {
            return Core(period.value, end: period.end, level: .span)
        }
        let k = skip("the", at: j)
        if let part = partOfPeriod(from: j, afterThe: k) { return part }
        if let decade = decade(at: k, bare: k > j) { return Core(.decade(decade.year), end: decade.end, level: .decade) }
        if let century = century(at: k) { return century }
        if let date = calendarDate(at: k, prefixed: prefixed, yearless: yearless) { return date }
        if let spoken = spokenYear(at: k) { return spoken }
        guard k == j else { return nil }
        return numeric(at: k, prefixed: prefixed) ?? fiscalYear(at: k)
    }

    /// "the late 1990s", "the mid-2000s", "the early 20th century", "early 2015", "the end of 2015".
    func partOfPeriod(from j: Int, afterThe k: Int) -> Core? {
        if let word = text(k), let years = lexicon.decadeParts[word] {
            let m = isPunct(k + 1, "-") ? k + 2 : k + 1
            if let decade = decade(at: m, bare: true) {
                return Core(.interval(decade.year + years.lowerBound, decade.year + years.upperBound), end: decade.end,
                            level: .span, approximate: true)
            }
            if var century = century(at: m) {
                century.approximate = true
                return century
            }
        }
        guard let part = lexicon.yearParts.match(tokens, at: j) ?? lexicon.yearParts.match(tokens, at: k) else { return nil }
        let m = isPunct(part.end, "-") ? part.end + 1 : part.end
        // "early December", "the end of November": the month, the part in the words (TimeML keeps the month's value).
        if m < tokens.count, tokens[m].capitalized, let month = lexicon.months[tokens[m].text], yearNumber(at: m + 1) == nil,
           dayNumber(at: m + 1) == nil {
            var core = Core(month: month, day: nil, end: m + 1)
            core.approximate = part.value.approximate
            return core
        }
        guard let year = yearNumber(at: m) else { return nil }
        let months = part.value.months
        return Core(EDTFDate(from: .init(year: year, month: months.lowerBound), to: .init(year: year, month: months.upperBound)),
                    end: m + 1, level: .span, approximate: part.value.approximate)
    }

    /// "1970s", "1970's", "'90s", "the 90s", "the Eighties": the decade's first year.
    func decade(at m: Int, bare: Bool) -> (year: Int, end: Int)? {
        guard m < tokens.count else { return nil }
        if let year = lexicon.decadeWords[tokens[m].text] { return (year, m + 1) }
        let apostrophe = isPunct(m, "'")
        let n = apostrophe ? m + 1 : m
        guard n < tokens.count, tokens[n].kind == .number, tokens[n].suffix == "s", tokens[n].groups.count == 1,
              let value = Int(tokens[n].groups[0]), value % 10 == 0 else { return nil }
        switch tokens[n].groups[0].count {
        case 4 where (1000...2190).contains(value): return (value, n + 1)
        case 2 where apostrophe || bare: return (value >= 30 ? 1900 + value : 2000 + value, n + 1)
        default: return nil
        }
    }

    /// "the 21st Century", "the twenty-first century", "19th-century".
    func century(at m: Int) -> Core? {
        var ordinal: Int, n: Int
        if m < tokens.count, let value = tokens[m].ordinalValue {
            ordinal = value
            n = m + 1
        } else if let word = lexicon.ordinals.match(tokens, at: m) {
            ordinal = word.value
            n = word.end
        } else {
            return nil
        }
        if isPunct(n, "-") { n += 1 }
        guard (1...30).contains(ordinal), text(n) == "century" else { return nil }
        return Core(.century((ordinal - 1) * 100), end: n + 1, level: .century)
    }

    /// Dates with named months, holidays and seasons: "March 3, 2014", "25 December 2014",
    /// "Monday, March 3, 2014", "Christmas Day of 2014", "the summer of 2015", "in March".
    func calendarDate(at k: Int, prefixed: Bool, yearless: Bool = false) -> Core? {
        guard k < tokens.count, tokens[k].kind != .punct else { return nil }
        let token = tokens[k]
        if token.capitalized, lexicon.weekdays.contains(token.text) {
            let m = isPunct(k + 1, ",") ? k + 2 : k + 1
            guard let date = calendarDate(at: m, prefixed: prefixed, yearless: yearless), date.level == .day else { return nil }
            return date
        }
        if token.capitalized, let month = lexicon.months[token.text] {
            // "Dec. 3, 2020": the abbreviation's full stop, not a sentence's.
            var m = isPunct(k + 1, ".") && (dayNumber(at: k + 2) != nil || yearNumber(at: k + 2) != nil) ? k + 2 : k + 1
            var day: Int?
            if let d = dayNumber(at: m), yearNumber(at: m) == nil {
                day = d
                m += 1
            }
            let yearlessEnd = m
            if isPunct(m, ",") || text(m) == "of", yearNumber(at: m + 1) != nil { m += 1 }
            if let year = yearNumber(at: m) { return dated(year, month, day, end: m + 1) }
            // Unprefixed, "May" and "March" are more often a verb than a month.
            let allowed = prefixed || (yearless && (day != nil || !lexicon.verbMonths.contains(token.text)))
            return allowed && isValid(month, day) ? Core(month: month, day: day, end: yearlessEnd) : nil
        }
        if let day = dayNumber(at: k) {
            var m = skip("of", at: k + 1)
            guard m < tokens.count, tokens[m].capitalized, let month = lexicon.months[tokens[m].text] else { return nil }
            m = isPunct(m + 1, ".") && yearNumber(at: m + 2) != nil ? m + 2 : m + 1
            let yearlessEnd = m
            if isPunct(m, ","), yearNumber(at: m + 1) != nil { m += 1 }
            if let year = yearNumber(at: m) { return dated(year, month, day, end: m + 1) }
            return (prefixed || yearless) && isValid(month, day) ? Core(month: month, day: day, end: yearlessEnd) : nil
        }
        if token.capitalized, let holiday = lexicon.holidays.match(tokens, at: k) {
            var m = holiday.end
            if isPunct(m, ",") || text(m) == "of", yearNumber(at: m + 1) != nil { m += 1 }
            if let year = yearNumber(at: m) {
                let day = holiday.value.day(in: year)
                return dated(day.year, day.month, day.day, end: m + 1)
            }
            guard prefixed, case let .fixed(month, day) = holiday.value.base, holiday.value.shift == 0 else { return nil }
            return Core(month: month, day: day, end: holiday.end)
        }
        if let months = lexicon.seasons[token.text] {
            let m = skip("of", at: k + 1)
            guard let year = yearNumber(at: m) else { return nil }
            return Core(.months(year, months), end: m + 1, level: .span)
        }
        return nil
    }

    func isValid(_ month: Int, _ day: Int?, year: Int = 2000) -> Bool {
        (1...12).contains(month) && (day.map { (1...EDTFDate.Day.daysIn(month: month, year: year)).contains($0) } ?? true)
    }

    func dated(_ year: Int, _ month: Int, _ day: Int?, end: Int) -> Core? {
        guard isValid(month, day, year: year) else { return nil }
        return Core(day.map { .day(year, month, $0) } ?? .month(year, month), end: end, level: day == nil ? .month : .day)
    }

    /// Number clusters: "1994", "2014-12-25", "2007-13", "2007/08", "2015–2017", "25/12/2014".
    func numeric(at k: Int, prefixed: Bool) -> Core? {
        let token = tokens[k]
        guard token.kind == .number, token.suffix.isEmpty, !isInNumberContext(k) else { return nil }
        let g = token.groups, seps = token.separators
        let years = prefixed ? 1000...2199 : 1800...2099
        switch g.count {
        case 1:
            guard g[0].count == 4, let year = Int(g[0]), years.contains(year), !isCount(k, prefixed: prefixed),
                  prefixed || !isNamePart(before: k) else { return nil }
            return Core(.year(year), end: k + 1, level: .year)
        case 2:
            guard g[0].count == 4, let a = Int(g[0]), years.contains(a), let tail = Int(g[1]), "-\u{2013}/".unicodeScalars.contains(seps[0])
            else { return nil }
            if g[1].count == 4, tail > a, tail - a <= 100 { return Core(.interval(a, tail), end: k + 1, level: .span) }
            guard g[1].count == 2 else { return nil }
            var b = a - a % 100 + tail
            if b <= a { b += 100 }
            if b - a <= 30 { return Core(.interval(a, b), end: k + 1, level: .span) }
            return seps[0] == "-" && (1...12).contains(tail) ? Core(.month(a, tail), end: k + 1, level: .month) : nil
        case 3:
            guard let a = Int(g[0]), let b = Int(g[1]), let c = Int(g[2]), seps[0] == seps[1] else { return nil }
            if g[0].count == 4, seps[0] == "-", g[1].count == 2, g[2].count == 2 {
                return years.contains(a) ? dated(a, b, c, end: k + 1) : nil
            }
            guard g[2].count == 4, g[0].count <= 2, g[1].count <= 2, years.contains(c), seps[0] == "/" || seps[0] == "." else { return nil }
            // Day first when it must be, or when written with dots; otherwise month first (US style).
            let dayFirst = a > 12 || (b <= 12 && seps[0] == ".")
            return dayFirst ? dated(c, b, a, end: k + 1) : dated(c, a, b, end: k + 1)
        default:
            return nil
        }
    }

    /// Whether a reading can start at token `k`: numbers, punctuation, words of the lexicon, the
    /// words that open a bare duration, and the glued fiscal-year words read below. Other words
    /// are skipped without trying the readers.
    func mayStart(at k: Int) -> Bool {
        let token = tokens[k]
        return token.kind != .word || lexicon.starters.contains(token.text) || Self.durationLeads.contains(token.text)
            || token.text.hasPrefix("fy")
    }

    /// A year said in words, as transcripts write it: "nineteen ninety-six", "nineteen seventy",
    /// "the year two thousand".
    func spokenYear(at k: Int) -> Core? {
        if text(k) == "year" {
            // "two thousand" is a year only when it says so ("two thousand people" is a count).
            if text(k + 1) == "two", text(k + 2) == "thousand" { return Core(.year(2000), end: k + 3, level: .year) }
            return spokenYear(at: k + 1)
        }
        guard let hundreds = lexicon.numbers.match(tokens, at: k), (11...20).contains(hundreds.value),
              let tens = lexicon.numbers.match(tokens, at: hundreds.end), (10...90).contains(tens.value) else { return nil }
        var year = hundreds.value * 100 + tens.value, end = tens.end
        // "ninety-six"
        if tens.value >= 20, tens.value % 10 == 0, isPunct(end, "-"), let units = lexicon.numbers.match(tokens, at: end + 1), units.value < 10 {
            year += units.value
            end = units.end
        }
        return Core(.year(year), end: end, level: .year)
    }

    /// "FY2014", "FY14", "FY2014-15".
    func fiscalYear(at k: Int) -> Core? {
        guard let word = text(k), word.hasPrefix("fy"), let digits = Int(word.dropFirst(2)),
              word.count == 4 || word.count == 6 else { return nil }
        let year = word.count == 4 ? 2000 + digits : digits
        if isPunct(k + 1, "-") || isPunct(k + 1, "/"), k + 2 < tokens.count, !tokens[k + 2].spaceBefore,
           let tail = tokens[k + 2].plainValue, tokens[k + 2].groups[0].count == 2, tail == (year + 1) % 100 {
            return Core(.interval(year, year + 1), end: k + 3, level: .span)
        }
        return Core(.year(year), end: k + 1, level: .year)
    }

    /// Money, hashtags, signed numbers and digit sequences (phone numbers) are no dates.
    func isInNumberContext(_ k: Int) -> Bool {
        if k > 0 {
            let previous = tokens[k - 1]
            if previous.kind == .number { return true }
            if !tokens[k].spaceBefore, previous.kind == .punct, "$€£¥#+".contains(previous.text) { return true }
        }
        if k + 1 < tokens.count {
            let next = tokens[k + 1]
            if next.kind == .number || next.text == "%" { return true }
        }
        return false
    }

    /// "2000 students": a count, unless a qualifier or a determiner shows a year ("the 2016 elections").
    func isCount(_ k: Int, prefixed: Bool) -> Bool {
        guard let next = text(k + 1), lexicon.countedNouns.contains(next) else { return false }
        return !prefixed && !(k > 0 && lexicon.determiners.contains(tokens[k - 1].text))
    }

    /// "Vision 2030", "Horizon 2020", "Smart21 2019": a year right after a capitalised name word is part of the name.
    func isNamePart(before k: Int) -> Bool {
        guard k > 0, tokens[k - 1].kind == .word else { return false }
        let previous = tokens[k - 1]
        if previous.text.unicodeScalars.contains(where: { $0.properties.numericType != nil }) { return true }
        return previous.capitalized && !lexicon.notNames.contains(previous.text) && !lexicon.determiners.contains(previous.text)
    }
}
