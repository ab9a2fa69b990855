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
}

/// The readers of one sentence's tokens.
struct TemporalReader {
    let lexicon: TemporalLexicon
    let tokens: [TemporalToken]

    /// Words that open a bare duration ("for decades", "over years").
    static let durationLeads: Set<String> = ["for", "over", "in"]

    /// The longest reading starting at token `i` (ties: relative, deictic, explicit, duration).
    func best(at i: Int, context: TemporalContext) -> Reading? {
        let readings = [relative(at: i, anchor: context.lastExplicit),
                        deictic(at: i, reference: context.referenceDate),
                        explicit(at: i, anchor: context.lastExplicit),
                        duration(at: i)]
        var best: Reading?
        for case let reading? in readings where reading.end > (best?.end ?? i) { best = reading }
        return best
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
        var count: Int
        if let value = m < tokens.count ? tokens[m].quantityValue : nil {
            count = value
            m += 1
        } else if let word = lexicon.numbers.match(tokens, at: m) {
            count = word.value
            m = word.end
            // "twenty-five"
            if isPunct(m, "-"), let units = lexicon.numbers.match(tokens, at: m + 1), units.value < 10, count >= 20 {
                count += units.value
                m = units.end
            }
        } else {
            return nil
        }
        if isPunct(m, "-") { m += 1 }
        // Larger counts reach past every year a date can carry, and would overflow the shifts below.
        guard count <= EDTFDate.supportedYears.upperBound else { return nil }
        guard let word = text(m), let unit = lexicon.units[word] else { return nil }
        return Quantity(count: count, unitMonths: unit, approximate: approximate, end: m + 1)
    }

    // MARK: relative and deictic

    func relative(at i: Int, anchor: EDTFDate?) -> Reading? {
        guard let match = lexicon.relative.match(tokens, at: i, quantity: quantity(at:)) else { return nil }
        var reading = Reading(start: i, end: match.end, kind: .relative, anchor: anchor)
        guard let anchor else { return reading }
        let rule = match.value
        let forward = (anchor.latest ?? anchor.earliest)!, backward = (anchor.earliest ?? anchor.latest)!
        switch rule.shift {
        case .span:
            guard let q = match.quantity else { return nil }
            reading.date = .interval(forward.year, forward.year + q.count * q.unitMonths / 12)
            if q.approximate { reading.mod = .approx }
        case let .offset(sign, count, unitMonths):
            let n = count ?? match.quantity?.count ?? 0
            let unit = unitMonths ?? match.quantity?.unitMonths ?? 12
            if n == 0 {
                reading.date = (unit < 12 ? EDTFDate.shift(anchor, months: 0) : nil) ?? .year(forward.year)
            } else if unit < 12 {
                reading.date = EDTFDate.shift(anchor, months: sign * n * unit)
            } else if unit == 120, let start = anchor.start, start == anchor.end, start.unspecifiedDigits == 1 {
                reading.date = .decade(start.year + sign * n * 10)
            } else {
                reading.date = .year((sign > 0 ? forward : backward).year + sign * n * unit / 12)
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

    func deictic(at i: Int, reference: EDTFDate?) -> Reading? {
        guard let match = lexicon.deictic.match(tokens, at: i, quantity: quantity(at:)) else { return nil }
        var reading = Reading(start: i, end: match.end, kind: .deictic)
        guard let reference, let point = reference.start ?? reference.end else { return reading }
        switch match.value {
        case .now:
            reading.date = EDTFDate(point)
        case .vague:
            reading.date = .year(point.year)
            reading.mod = .approx
        case let .offset(n, unit):
            reading.date = unit < 12 ? EDTFDate.shift(reference, months: n * unit)
                : unit == 120 ? .decade(point.year + n * 10) : .year(point.year + n * unit / 12)
        case .ago:
            guard let q = match.quantity else { return reading }
            reading.date = q.unitMonths < 12 ? EDTFDate.shift(reference, months: -q.count * q.unitMonths)
                : .year(point.year - q.count * q.unitMonths / 12)
            if q.approximate { reading.mod = .approx }
        }
        return reading
    }

    // MARK: durations

    func duration(at i: Int) -> Reading? {
        if let q = quantity(at: i) {
            // Ages ("a 10-year-old company", "20 years old") are no time of their own; "decades-old" is a duration.
            let hyphen = isPunct(q.end, "-"), unit = text(q.end - 1) ?? ""
            if text(hyphen ? q.end + 1 : q.end) == "old" {
                let end = hyphen ? q.end + 2 : q.end + 1
                return Reading(start: i, end: end, kind: .duration, silent: !(hyphen && unit.hasSuffix("s")))
            }
            return Reading(start: i, end: q.end, kind: .duration)
        }
        // "for decades", "over years", "decades-old"
        guard let word = text(i) else { return nil }
        if Self.durationLeads.contains(word), let unit = text(i + 1), unit.hasSuffix("s"), lexicon.units[unit] != nil {
            return Reading(start: i, end: i + 2, kind: .duration)
        }
        if word.hasSuffix("s"), lexicon.units[word] != nil, isPunct(i + 1, "-"), text(i + 2) == "old" {
            return Reading(start: i, end: i + 3, kind: .duration)
        }
        return nil
    }
}
