import ChronographCore

/// One reading of the tokens `start..<end`: a time expression, or a silent span that only
/// keeps its tokens from being read as dates ("a 10-year-old company").
struct Reading {
    var start: Int
    var end: Int
    var date: EDTFDate?
    var mod: TimeModifier?
    var kind: TimeExpression.Kind
    var anchor: EDTFDate?
    var silent = false
    /// The TIMEX3 value when the date alone does not give it ("P3M", "PRESENT_REF", "1998-W11").
    var timex: String?
    /// TimeML's mod where the words say more than `mod` ("earlier this year": START).
    var timexMod: String?
    /// Where the TimeML extent ends when it stops short of the reading ("two years" of "two years after that").
    var timexEnd: Int?
    /// A comparison ("a year earlier", "two years ago"): in news, later relative expressions
    /// still count from the date before it.
    var comparison = false
}

/// The readers of one sentence's tokens.
struct TemporalReader {
    let lexicon: TemporalLexicon
    let tokens: [TemporalToken]

    /// Words that open a bare duration ("for decades", "over years").
    static let durationLeads: Set<String> = ["for", "over", "in"]

    /// The longest reading starting at token `i` (ties: relative, deictic, explicit, duration,
    /// news), or right after a signal word there when that is longer ("in the past five days").
    func best(at i: Int, context: TemporalContext) -> Reading? {
        var best = longest(at: i, context: context)
        if let signal = lexicon.signals.match(tokens, at: i), let after = longest(at: signal.end, context: context),
           after.end > (best?.end ?? i) {
            best = after
        }
        return best
    }

    func longest(at i: Int, context: TemporalContext) -> Reading? {
        let anchor = context.referenceDate == nil ? context.lastExplicit.map { ($0, Timex3(date: $0, mod: nil).value ?? "") }
            : context.lastMentioned ?? context.referenceDate.map { ($0, Timex3(date: $0, mod: nil).value ?? "") }
        let readings = [relative(at: i, anchor: anchor?.0, anchorTimex: anchor?.1),
                        deictic(at: i, reference: context.referenceDate, last: context.lastMentioned?.timex),
                        explicit(at: i, anchor: context.referenceDate == nil ? context.lastExplicit : nil, reference: context.referenceDate),
                        duration(at: i),
                        news(at: i, reference: context.referenceDate)]
        var best: Reading?
        for case let reading? in readings where reading.end > (best?.end ?? i) { best = reading }
        return best
    }

    /// Where the TimeML extent of `reading` starts: after leading signal words ("since",
    /// "over", "at"), which TimeML leaves out of a timex; an approximating word stays in.
    func extentStart(of reading: Reading) -> Int {
        var k = reading.start
        // A signal that opens a hedge of a quantity stays ("at least 30 days", "up to 180 days").
        while k < reading.end - 1, quantity(at: k) == nil,
              let signal = lexicon.signals.match(tokens, at: k) ?? lexicon.outsideWords.match(tokens, at: k), signal.end < reading.end {
            k = signal.end
        }
        // "the August 1988 elections": the article stays outside a calendar date ("the 1990s" keeps it).
        if text(k) == "the", k + 1 < reading.end, tokens[k + 1].capitalized, lexicon.months[tokens[k + 1].text] != nil { k += 1 }
        return k
    }

    // MARK: token helpers

    func text(_ k: Int) -> String? { k < tokens.count ? tokens[k].text : nil }

    func isPunct(_ k: Int, _ mark: String) -> Bool { k < tokens.count && tokens[k].kind == .punct && tokens[k].text == mark }

    /// Index after an optional token `word` at `k`.
    func skip(_ word: String, at k: Int) -> Int { text(k) == word ? k + 1 : k }

    /// A four-digit year inside a larger construction ("March 2015", "summer of 2016").
    func yearNumber(at k: Int) -> Int? {
        guard k < tokens.count, let value = tokens[k].plainValue, tokens[k].groups[0].count == 4,
              (1000...2199).contains(value) else { return nil }
        return value
    }

    /// A day of the month: "25", "25th".
    func dayNumber(at k: Int) -> Int? {
        guard k < tokens.count, tokens[k].groups.count == 1, tokens[k].groups[0].count <= 2 else { return nil }
        guard let value = tokens[k].plainValue ?? tokens[k].ordinalValue, (1...31).contains(value) else { return nil }
        return value
    }

    /// "two years", "nearly 40 years", "a decade", "10-year".
    func quantity(at k: Int) -> Quantity? {
        var m = k, approximate = false
        if let hedge = lexicon.hedges.match(tokens, at: m) {
            approximate = hedge.value
            m = hedge.end
        }
        var count: Int, vague = false
        if let value = m < tokens.count ? tokens[m].quantityValue : nil {
            // "the 1988 quarter": a year naming a period, not 1988 quarters ("a 2000-year-old road" is a length).
            if tokens[m].groups.count == 1, tokens[m].groups[0].count == 4, (1800...2099).contains(value),
               !isPunct(m + 1, "-"), let unit = text(m + 1), !unit.hasSuffix("s") { return nil }
            count = value
            m += 1
        } else if let word = lexicon.numbers.match(tokens, at: m) {
            count = word.value
            vague = lexicon.vagueCounts.contains(tokens[m..<word.end].map(\.text).joined(separator: " "))
            m = word.end
            // "twenty-five"
            if isPunct(m, "-"), let units = lexicon.numbers.match(tokens, at: m + 1), units.value < 10, count >= 20 {
                count += units.value
                m = units.end
            }
        } else {
            return nil
        }
        let hyphen = isPunct(m, "-")
        if hyphen { m += 1 }
        // "three-quarters" is a fraction, not nine months.
        if hyphen, let unit = text(m), lexicon.units[unit]?.symbol == "Q", unit.hasSuffix("s") { return nil }
        // Larger counts reach past every year a date can carry, and would overflow the shifts below.
        guard count <= EDTFDate.supportedYears.upperBound else { return nil }
        // "twenty four hours", "a hundred years"
        if let next = lexicon.numbers.match(tokens, at: m), lexicon.units[text(next.end) ?? ""] != nil,
           next.value == 100 || (count >= 20 && count % 10 == 0 && count < 100 && next.value < 10) {
            count = next.value == 100 ? count * 100 : count + next.value
            m = next.end
        }
        // "2 1/2 years": the fraction stands between the count and the unit.
        var half = m < tokens.count && tokens[m].groups == ["1", "2"] && tokens[m].separators == ["/"] && !vague
        if half { m += 1 }
        guard let word = text(m), let unit = lexicon.units[word], !half || Quantity.halves[unit.symbol] != nil else { return nil }
        var end = m + 1
        // "a year and a half"
        if !half, !vague, text(end) == "and", text(end + 1) == "a", text(end + 2) == "half", Quantity.halves[unit.symbol] != nil {
            half = true
            end += 3
        }
        // "a week or so", "the next year or so"
        if text(end) == "or" && text(end + 1) == "so" { end += 2 }
        return Quantity(count: count, unit: unit, approximate: approximate, vague: vague, end: end, half: half)
    }

    // MARK: relative and deictic

    /// `anchorTimex`: the anchor's TIMEX3 value, whose quarter or half a shift in years keeps.
    func relative(at i: Int, anchor: EDTFDate?, anchorTimex: String? = nil) -> Reading? {
        guard let match = lexicon.relative.match(tokens, at: i, quantity: quantity(at:)) else { return nil }
        let rule = match.value
        // "two years after the merger": counted from a happening the sentence names, not from
        // the last date; only the length is a time expression.
        let preposition = text(match.end - 1) == "after" || text(match.end - 1) == "before"
        if case .offset(_, nil, nil) = rule.shift, preposition, let q = match.quantity, let next = text(match.end), lexicon.eventOpeners.contains(next) {
            return Reading(start: i, end: q.end, kind: .duration, timex: q.timex)
        }
        var reading = Reading(start: i, end: match.end, kind: .relative, anchor: anchor, comparison: true)
        // "two years after that": TimeML tags the length alone, "after" is its signal.
        if preposition, let q = match.quantity, match.end < tokens.count, tokens[match.end].kind == .word {
            reading.timexEnd = q.end
            reading.timex = q.timex
        }
        if case .span = rule.shift, let q = match.quantity { reading.timex = q.timex }
        guard let anchor else { return reading }
        let forward = (anchor.latest ?? anchor.earliest)!, backward = (anchor.earliest ?? anchor.latest)!
        switch rule.shift {
        case .span:
            guard let q = match.quantity else { return nil }
            reading.date = span(from: anchor, months: q.months)
            if q.approximate { reading.mod = .approx }
        case let .offset(sign, count, ruleUnit):
            let n = count ?? match.quantity?.count ?? 0
            guard let unit = ruleUnit ?? match.quantity?.unit ?? lexicon.units["year"] else { return nil }
            if n == 0 {
                reading.date = (unit.months < 12 ? EDTFDate.shift(anchor, months: 0) : nil) ?? .year(forward.year)
            } else if unit.months == 0 {
                // Days and weeks move a day; a coarser anchor cannot say which.
                guard unit.days > 0, let day = anchor.start, day == anchor.end, day.day != nil else { break }
                reading.date = anchor.earliest!.adding(days: sign * n * unit.days).edtf
            } else if unit.months < 12 {
                reading.date = EDTFDate.shift(anchor, months: sign * n * unit.months)
            } else if unit.months == 120, ruleUnit != nil || anchor.start.map({ $0 == anchor.end && $0.unspecifiedDigits == 1 }) == true {
                // "The following decade" is the next decade, from a year too; "a decade later"
                // is ten years on, unless the anchor is itself a decade.
                let base = anchor.start.map { $0 == anchor.end && $0.unspecifiedDigits == 1 } == true ? anchor.start!.year
                    : (sign > 0 ? forward : backward).year
                reading.date = .decade(base + sign * n * 10)
            } else {
                let year = (sign > 0 ? forward : backward).year + sign * n * unit.months / 12
                reading.date = .year(year)
                if let anchorTimex, Timex3.isPartOfYear(anchorTimex), let from = Int(anchorTimex.prefix(4)) {
                    reading.timex = Timex3.four(from + sign * n * unit.months / 12) + anchorTimex.dropFirst(4)
                }
            }
            if match.quantity?.approximate == true { reading.mod = .approx }
        }
        switch rule.role {
        case .by:
            reading.date = anchor.end.map { EDTFDate(from: nil, to: $0) }
            reading.mod = .by
        case .since:
            reading.date = anchor.start.map { EDTFDate(from: $0, to: nil) }
            reading.mod = .since
        default: break
        }
        return reading
    }

    /// From the anchor to `months` later: whole years stay years ("within two years" of 2015 is
    /// 2015/2017); months count from the anchor's month, or reach the year they end in.
    func span(from anchor: EDTFDate, months: Int) -> EDTFDate? {
        guard let point = anchor.end ?? anchor.start else { return nil }
        let year = (anchor.latest ?? anchor.earliest)!.year
        if months % 12 == 0 { return .interval(year, year + months / 12) }
        if let month = point.month, point.unspecifiedDigits == 0, let last = EDTFDate.shift(anchor, months: months)?.end {
            return EDTFDate(from: .init(year: point.year, month: month), to: last)
        }
        return .interval(year, year + (months + 11) / 12)
    }

    /// `last`: the last dated expression's TIMEX3 value; "a year ago" in a report on a quarter
    /// of the reference year is that quarter a year before.
    func deictic(at i: Int, reference: EDTFDate?, last: String? = nil) -> Reading? {
        guard let match = lexicon.deictic.match(tokens, at: i, quantity: quantity(at:)) else { return nil }
        var reading = Reading(start: i, end: match.end, kind: .deictic, timex: match.value.timex)
        guard let reference, let point = reference.start ?? reference.end else { return reading }
        switch match.value.shift {
        case .now:
            reading.date = EDTFDate(point)
        case .vague:
            reading.date = .year(point.year)
            reading.mod = .approx
        case let .offset(n, unit):
            reading.date = unit.months < 12 ? EDTFDate.shift(reference, months: n * unit.months)
                : unit.months == 120 ? .decade(point.year + n * 10) : .year(point.year + n * unit.months / 12)
        case .ago:
            guard let q = match.quantity else { return reading }
            if q.unit.months == 0 {
                guard q.unit.days > 0, let day = reference.earliest, point.day != nil else { return reading }
                reading.date = day.adding(days: -q.count * q.unit.days).edtf
                // "three weeks ago": the week it fell in; "two days ago": the day.
                if q.unit.days == 7 { reading.timex = Self.week(of: day.adding(days: -q.count * 7)) }
            } else if q.unit.months >= 12 {
                let years = q.count * q.unit.months / 12
                reading.date = .year(point.year - years)
                if let last, Timex3.isPartOfYear(last), last.hasPrefix(Timex3.four(point.year)), !q.vague {
                    reading.timex = Timex3.four(point.year - years) + last.dropFirst(4)
                }
            } else {
                reading.date = EDTFDate.shift(reference, months: -q.count * q.unit.months)
            }
            reading.comparison = true
            if q.vague { reading.timex = "PAST_REF" }
            if q.approximate { reading.mod = .approx }
        }
        return reading
    }

    // MARK: durations

    func duration(at i: Int) -> Reading? {
        // "the past three months", "the next few weeks", "the first six months": a length, with its article.
        if text(i) == "the", let lead = text(i + 1), lexicon.spanLeads.contains(lead), let q = quantity(at: i + 2) {
            return Reading(start: i, end: q.end, kind: .duration, timex: q.timex)
        }
        // "the nine months ended Sept. 30": a counted length with its article.
        if text(i) == "the", i + 1 < tokens.count, tokens[i + 1].kind == .number || lexicon.numbers.match(tokens, at: i + 1).map({ $0.value > 1 }) == true,
           let q = quantity(at: i + 1), !isPunct(q.end - 2, "-"), text(q.end - 1)?.hasSuffix("s") == true {
            return Reading(start: i, end: q.end, kind: .duration, timex: q.timex)
        }
        if let q = quantity(at: i) {
            // "$1.76 a year", "twice a week": a rate.
            if q.count == 1, !q.vague, text(i) == "a", i > 0, tokens[i - 1].kind == .number || lexicon.rateWords.contains(tokens[i - 1].text) {
                return Reading(start: i, end: q.end, kind: .duration, silent: true)
            }
            // Ages ("a 10-year-old company", "20 years old", "6 months and older") are no time of
            // their own; "decades-old" is a duration.
            let hyphen = isPunct(q.end, "-"), unit = text(q.end - 1) ?? ""
            if text(hyphen ? q.end + 1 : q.end) == "old" {
                let end = hyphen ? q.end + 2 : q.end + 1
                return Reading(start: i, end: end, kind: .duration, silent: !(hyphen && unit.hasSuffix("s")), timex: q.timex)
            }
            if !hyphen, let age = lexicon.ageWords.match(tokens, at: q.end) {
                return Reading(start: i, end: age.end, kind: .duration, silent: true)
            }
            return Reading(start: i, end: q.end, kind: .duration, timex: q.timex)
        }
        // "for decades", "over years", "decades-old"
        guard let word = text(i) else { return nil }
        if Self.durationLeads.contains(word), let unit = text(i + 1), unit.hasSuffix("s"), let length = lexicon.units[unit] {
            return Reading(start: i, end: i + 2, kind: .duration, timex: Timex3.duration(count: nil, unit: length.symbol))
        }
        if word.hasSuffix("s"), let length = lexicon.units[word], isPunct(i + 1, "-"), text(i + 2) == "old" {
            return Reading(start: i, end: i + 3, kind: .duration, timex: Timex3.duration(count: nil, unit: length.symbol))
        }
        return nil
    }
}
