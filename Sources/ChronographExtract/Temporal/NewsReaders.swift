import ChronographCore

/// The readers of expressions anchored on the reference date, as news and reports write them:
/// "last week", "next June", "said Friday", "this morning", "8 p.m.", "the third quarter",
/// "every year", "the past". Without a reference date they are still read (so no other reader
/// takes their words) but stay undated. Vocabulary: `Resources/temporal/news.rules`.
extension TemporalReader {
    enum Tense { case past, future }

    func news(at i: Int, reference: EDTFDate?) -> Reading? {
        let day = reference.flatMap { $0.start?.day != nil ? $0.earliest : nil }
        let readings = [pointed(at: i, reference: reference, day: day), namedDay(at: i, day: day), clock(at: i, day: day),
                        quarter(at: i, reference: reference), repeated(at: i), presentOrPast(at: i),
                        current(at: i, reference: reference, day: day), season(at: i, reference: reference), holiday(at: i, day: day)]
        var best: Reading?
        for case let reading? in readings where reading.end > (best?.end ?? i) { best = reading }
        return best
    }

    // MARK: tense

    /// The tense of the sentence around tokens `start..<end`: what a reference date leaves open
    /// ("said Friday" is the Friday before, "will meet Friday" the next). The verb of a time
    /// expression mostly stands before it, so the words before are read first, nearest first,
    /// within a clause's reach.
    func tense(around start: Int, _ end: Int) -> Tense? {
        func at(_ k: Int) -> Tense? {
            guard tokens[k].kind == .word, !tokens[k].capitalized || k == 0 || !lexicon.months.keys.contains(tokens[k].text) else { return nil }
            let word = tokens[k].text
            if lexicon.futureWords.contains(word) {
                // "had been due to expire Friday", "was expected on Monday": a plan of the past.
                let before = tokens[max(0, k - 2)..<k].map(\.text)
                return before.contains(where: lexicon.pastAuxiliaries.contains) ? .past : .future
            }
            // A capitalised "-ed" word is a name ("United", "Red Cross"), not a verb.
            if lexicon.pastWords.contains(word) || (word.count > 4 && word.hasSuffix("ed") && !tokens[k].capitalized) { return .past }
            // "is to resume Tuesday": a schedule.
            if word == "to", k > 0, lexicon.scheduleCopulas.contains(tokens[k - 1].text) { return .future }
            return nil
        }
        // The reach counts words: commas and quotes do not shorten a clause.
        let reach = 8
        func scan(_ indices: some Sequence<Int>) -> Tense? {
            var words = 0
            for k in indices where words < reach {
                if tokens[k].kind == .word { words += 1 }
                if let t = at(k) { return t }
            }
            return nil
        }
        return scan(stride(from: start - 1, through: 0, by: -1)) ?? scan(end..<tokens.count)
    }

    // MARK: "last week", "next June", "this year's", "earlier this month", "June last year"

    /// A direction word and what it points at, from the reference date.
    func pointed(at i: Int, reference: EDTFDate?, day: EDTFDate.Day?) -> Reading? {
        // "the past year", "the last week": the article stays in the extent.
        var k = text(i) == "the" && lexicon.directions.match(tokens, at: i + 1) != nil ? i + 1 : i
        // "earlier this year", "late last month": the part stays in the extent (TimeML mod).
        let part = k > i ? nil : lexicon.directionParts.match(tokens, at: k)
        if let part { k = part.end }
        // "June last year", "January this year".
        var month: Int?
        if part == nil, k < tokens.count, tokens[k].capitalized, let m = lexicon.months[tokens[k].text],
           let direction = lexicon.directions.match(tokens, at: k + 1), text(direction.end).map(unitWord) == "year" {
            month = m
            k += 1
        }
        guard let direction = lexicon.directions.match(tokens, at: k), direction.end < tokens.count else { return nil }
        let target = tokens[direction.end], n = direction.value, end = direction.end + 1
        var reading = Reading(start: i, end: end, kind: .deictic)
        let word = unitWord(target.text)
        let point = reference?.start ?? reference?.end
        if let unit = lexicon.units[word] {
            guard unit.months > 0 || unit.days == 7 || word == "weekend" else { return nil }
            // "coming weeks", "past years": a stretch of unsaid length.
            if word.hasSuffix("s") { return Reading(start: i, end: end, kind: .duration, timex: Timex3.duration(count: nil, unit: unit.symbol)) }
            if let month, let point {
                reading.date = .month(point.year + n, month)
                reading.timex = "\(Timex3.four(point.year + n))-\(Timex3.two(month))"
            } else if unit.days == 7 {
                guard let day else { return reading }
                let week = day.adding(days: 7 * n)
                reading.date = .days(week.adding(days: 1 - week.weekday), week.adding(days: 7 - week.weekday))
                reading.timex = Self.week(of: week)
            } else if let reference, let point {
                reading.date = shifted(reference, by: n, unit)
                if unit.months == 3, let m = point.month {
                    reading.date = .quarter(index: point.year * 4 + (m - 1) / 3 + n)
                }
            }
        } else if word == "weekend" {
            guard let day else { return reading }
            let week = day.adding(days: 7 * n)
            reading.date = week.adding(days: 6 - week.weekday).edtf
            reading.timex = Self.week(of: week) + "-WE"
        } else if target.capitalized, let m = lexicon.months[target.text], target.text != "may" || n != 0 {
            guard let point, let now = point.month else { return reading }
            // "last June": the latest June before this month; "next June": the first after it.
            let year = n < 0 ? (m < now ? point.year : point.year - 1) : n > 0 ? (m > now ? point.year : point.year + 1) : point.year
            reading.date = .month(year, m)
        } else if target.capitalized, let weekday = lexicon.weekdayNumbers[unitWord(target.text)] {
            guard let day else { return reading }
            // "last Friday": the one before the reference day; "next Friday": the one after.
            let back = (day.weekday - weekday + 7) % 7, ahead = (weekday - day.weekday + 7) % 7
            let offset = n < 0 ? -(back == 0 ? 7 : back) : n > 0 ? (ahead == 0 ? 7 : ahead) : weekday - day.weekday
            reading.date = day.adding(days: offset).edtf
        } else if let months = lexicon.seasons[target.text] {
            guard let point, let now = point.month else { return reading }
            // "last summer": the latest one over before this month; "next spring": the first to come.
            let year = n < 0 ? (months.upperBound < now ? point.year : point.year - 1)
                : n > 0 ? (months.lowerBound > now ? point.year : point.year + 1) : point.year
            reading.date = .months(year, months)
        } else {
            return nil
        }
        if let part, reading.date != nil { reading.timexMod = part.value }
        return reading
    }

    /// "year's" read as "year": possessives point like the word ("this year's budget").
    func unitWord(_ word: String) -> String { word.hasSuffix("'s") ? String(word.dropLast(2)) : word }

    func shifted(_ reference: EDTFDate, by n: Int, _ unit: TimeUnit) -> EDTFDate? {
        guard let point = reference.start ?? reference.end else { return nil }
        if unit.months < 12 { return EDTFDate.shift(reference, months: n * unit.months) }
        if unit.months == 120 { return .decade(point.year + n * 10) }
        if unit.months == 1200 { return .century(point.year + n * 100) }
        return .year(point.year + n)
    }

    /// The ISO week of a day, as TIMEX3 writes it: "1998-W11".
    static func week(of day: EDTFDate.Day) -> String {
        let week = day.isoWeek
        return "\(Timex3.four(week.year))-W\(Timex3.two(week.week))"
    }

    // MARK: "today", "yesterday afternoon", "tonight", "this morning", "Friday", "Friday night"

    func namedDay(at i: Int, day: EDTFDate.Day?) -> Reading? {
        var k = i, offset: Int?, part: String?
        if let word = lexicon.dayWords.match(tokens, at: k) {
            offset = word.value.offset
            part = word.value.part
            k = word.end
        } else if let part = lexicon.dayPartLeads.match(tokens, at: k), part.end > k,
                  let named = namedDay(at: part.end, day: day), named.timex == nil || named.end > part.end + 1 {
            // "late yesterday", "earlier Sunday": the day, its part in the words.
            var reading = named
            reading.start = i
            return reading
        } else if text(k) == "this" || text(k) == "last", let p = text(k + 1).flatMap({ lexicon.dayParts[$0] }) {
            // "this morning" is today's; "last night" yesterday's.
            offset = text(k) == "last" ? -1 : 0
            part = p
            k += 2
            return dayReading(i, k, day: day.map { $0.adding(days: offset!) }, part: part)
        } else if k < tokens.count, tokens[k].capitalized, let weekday = lexicon.weekdayNumbers[unitWord(tokens[k].text)] {
            k += 1
            if part == nil, let p = text(k).flatMap({ lexicon.dayParts[$0] }) {
                part = p
                k += 1
            }
            guard let day else { return Reading(start: i, end: k, kind: .deictic) }
            // The weekday before or after the reference day by the tense around it; the nearest
            // one when the sentence does not tell.
            let back = (day.weekday - weekday + 7) % 7, ahead = (weekday - day.weekday + 7) % 7
            let shift: Int
            switch tense(around: i, k) {
            case .past: shift = -back
            case .future: shift = ahead
            case nil: shift = back <= ahead ? -back : ahead
            }
            return dayReading(i, k, day: day.adding(days: shift), part: part)
        } else {
            return nil
        }
        if part == nil, let p = text(k).flatMap({ lexicon.dayParts[$0] }) {
            part = p
            k += 1
        }
        return dayReading(i, k, day: day.map { $0.adding(days: offset ?? 0) }, part: part)
    }

    // MARK: "Thanksgiving Day", "last Christmas", "Easter Sunday 1998"

    /// A named day of the calendar without a year (`ExplicitDates` reads "Christmas 1998"), in the
    /// year "last"/"this"/"next" or the sentence's tense give, else the occurrence nearest the reference.
    func holiday(at i: Int, day: EDTFDate.Day?) -> Reading? {
        let direction = text(i).flatMap { ["last": -1, "next": 1, "this": 0][$0] }
        let k = direction == nil ? i : i + 1
        guard k < tokens.count, tokens[k].capitalized, let named = lexicon.holidays.match(tokens, at: k) else { return nil }
        guard let day else { return Reading(start: i, end: named.end, kind: .deictic) }
        let thisYear = named.value.day(in: day.year)
        let before = thisYear.ordinal <= day.ordinal ? thisYear : named.value.day(in: day.year - 1)
        let after = thisYear.ordinal >= day.ordinal ? thisYear : named.value.day(in: day.year + 1)
        let holiday: EDTFDate.Day
        switch (direction, tense(around: i, named.end)) {
        case (-1, _), (nil, .past): holiday = before
        case (1, _), (nil, .future): holiday = after
        case (0, _): holiday = thisYear
        // The nearest one when the sentence does not tell.
        default: holiday = day.ordinal - before.ordinal <= after.ordinal - day.ordinal ? before : after
        }
        return dayReading(i, named.end, day: holiday, part: nil)
    }

    func dayReading(_ start: Int, _ end: Int, day: EDTFDate.Day?, part: String?) -> Reading {
        var reading = Reading(start: start, end: end, kind: .deictic)
        guard let day else { return reading }
        reading.date = day.edtf
        if let part { reading.timex = Timex3.point(EDTFDate.Point(year: day.year, month: day.month, day: day.day)) + "T" + part }
        return reading
    }

    // MARK: "the quarter", "the fiscal year", "the weekend"

    /// A period named with "the" alone, in news the current one: the reference's year and week,
    /// the quarter before the reference's (the one a report is about), the weekend by tense.
    /// "the year before", "the quarter of", "the week's" are other readings or none.
    func current(at i: Int, reference: EDTFDate?, day: EDTFDate.Day?) -> Reading? {
        // "the end of the year": the part stays in the words.
        let part = lexicon.directionParts.match(tokens, at: i)
        let start = part?.end ?? i
        var k = skip("the", at: start)
        var qualified = false, pointing = false, yearsBack = 0
        // "the 1988 quarter": the reported period of that year.
        let namedYear = k > start ? yearNumber(at: k) : nil
        if namedYear != nil { k += 1 }
        while true {
            if let word = text(k), lexicon.periodQualifiers.contains(word) {
                pointing = pointing || !lexicon.lengthQualifiers.contains(word)
                k += 1
            } else if let back = lexicon.yearAgo.match(tokens, at: k) {
                // "the year-ago quarter", "the year-earlier period": the same period a year before.
                yearsBack = back.value
                pointing = true
                k = back.end
            } else {
                break
            }
            qualified = true
        }
        guard k > start, let word = text(k).map(unitWord), let period = lexicon.currentPeriods[word] else { return nil }
        // "the period" alone names no time; "the latest period" does.
        guard qualified || namedYear != nil || word != "period", !(k == start + 1 && text(start) != "the") else { return nil }
        // "the 1988 year" is no way to write a year.
        guard namedYear == nil || word == "quarter" || word == "period" else { return nil }
        if let next = text(k + 1), lexicon.periodBlockers.contains(next) { return nil }
        // "net income for the year", "in the fiscal year": TimeML reads a year's length.
        if word == "year", !pointing, part == nil, namedYear == nil {
            return Reading(start: i, end: k + 1, kind: .duration, timex: Timex3.duration(count: 1, unit: "Y"))
        }
        var reading = Reading(start: i, end: k + 1, kind: .deictic, timexMod: part?.value)
        guard var point = reference?.start ?? reference?.end else { return reading }
        point.year = namedYear ?? point.year - yearsBack
        switch period {
        case "year":
            reading.date = .year(point.year)
        case "quarter":
            guard let month = point.month else { return reading }
            reading.date = .quarter(index: point.year * 4 + (month - 1) / 3 - 1)
        case "week":
            guard let day else { return reading }
            reading.date = .days(day.adding(days: 1 - day.weekday), day.adding(days: 7 - day.weekday))
            reading.timex = Self.week(of: day)
        case "weekend":
            guard let day else { return reading }
            // Before Saturday a past sentence means the weekend before.
            let week = day.weekday < 6 && tense(around: i, k + 1) != .future ? day.adding(days: -7) : day
            reading.date = week.adding(days: 6 - week.weekday).edtf
            reading.timex = Self.week(of: week) + "-WE"
        default:
            return nil
        }
        return reading
    }

    /// "the summer", "the early summer": the season of the reference year.
    func season(at i: Int, reference: EDTFDate?) -> Reading? {
        guard text(i) == "the" else { return nil }
        var k = i + 1
        if let part = text(k), lexicon.directionParts.match(tokens, at: k) != nil, part != "the" { k += 1 }
        guard let word = text(k), let months = lexicon.seasons[word], text(k + 1) != "of",
              tokens[k].capitalized || !lexicon.ambiguousSeasons.contains(word) else { return nil }
        var reading = Reading(start: i, end: k + 1, kind: .deictic)
        guard let year = (reference?.start ?? reference?.end)?.year else { return reading }
        reading.date = .months(year, months)
        return reading
    }

    // MARK: "8 p.m.", "10:35 a.m.", "15:00 GMT", "noon", "4 in the morning"

    func clock(at i: Int, day: EDTFDate.Day?) -> Reading? {
        var hour: Int, minute = 0, k = i
        if let word = lexicon.clockWords.match(tokens, at: k) {
            (hour, minute) = word.value
            k = word.end
        } else {
            guard k < tokens.count, tokens[k].kind == .number, let h = Int(tokens[k].groups[0]), (0...24).contains(h),
                  tokens[k].groups.count <= 2 else { return nil }
            // "8pm": the meridiem glued to the number.
            let glued = tokens[k].suffix.isEmpty ? nil : lexicon.meridiems.match(TemporalTokenizer.tokens(Array(tokens[k].suffix.unicodeScalars)), at: 0)
            guard tokens[k].suffix.isEmpty || glued != nil else { return nil }
            let colon = tokens[k].groups.count == 2
            if colon {
                guard tokens[k].separators == [":"], let m = Int(tokens[k].groups[1]), tokens[k].groups[1].count == 2, m < 60 else { return nil }
                minute = m
            }
            hour = h
            var pm = glued?.value
            k += 1
            if pm == nil, let meridiem = lexicon.meridiems.match(tokens, at: k) {
                pm = meridiem.value
                k = meridiem.end
            } else if pm == nil, text(k) == "o'clock" {
                k += 1
            } else if pm == nil, !(colon && text(k).map(lexicon.timeZones.contains) == true) {
                // "4 in the morning"
                guard text(k) == "in", text(k + 1) == "the", let part = text(k + 2).flatMap({ lexicon.dayParts[$0] }), part != "NI" || h >= 6 else { return nil }
                pm = part != "MO"
                k += 3
            }
            guard hour <= 12 || pm == nil else { return nil }
            if pm == true, hour < 12 { hour += 12 }
            if pm == false, hour == 12 { hour = 0 }
        }
        if let zone = text(k), lexicon.timeZones.contains(zone) { k += 1 }
        var on = day
        // "10 p.m. Wednesday", "noon yesterday", "5 p.m. EST, Nov. 9": the time of that day.
        let m = isPunct(k, ",") ? k + 1 : k
        if let named = namedDay(at: m, day: day), named.timex == nil {
            k = named.end
            on = named.date?.earliest
        } else if let reference = day?.edtf, let date = explicit(at: m, anchor: nil, reference: reference), let point = date.date?.start,
                  point.day != nil, date.date?.isInterval == false {
            k = date.end
            on = date.date?.earliest
        }
        var reading = Reading(start: i, end: k, kind: .deictic)
        guard let day = on else { return reading }
        reading.date = day.edtf
        reading.timex = Timex3.point(EDTFDate.Point(year: day.year, month: day.month, day: day.day)) + "T" + Timex3.two(hour) + ":" + Timex3.two(minute)
        return reading
    }

    // MARK: "the third quarter", "third-quarter", "the first half", "fiscal 1989"

    func quarter(at i: Int, reference: EDTFDate?) -> Reading? {
        var k = skip("the", at: i)
        var year: Int?, shift = 0
        let refYear = (reference?.start ?? reference?.end)?.year
        if let y = yearNumber(at: k) {
            year = y
            k += 1
        } else if let direction = lexicon.directions.match(tokens, at: k), text(direction.end) == "year's" {
            // "this year's third quarter", "next year's first quarter"
            shift = direction.value
            k = direction.end + 1
        } else if let back = lexicon.yearAgo.match(tokens, at: k) {
            // "the year-ago third quarter"
            shift = -back.value
            k = back.end
        }
        if let qualifier = text(k), lexicon.periodQualifiers.contains(qualifier) { k = isPunct(k + 1, "-") ? k + 2 : k + 1 }
        guard let ordinal = lexicon.ordinals.match(tokens, at: k) else { return nil }
        var m = ordinal.end
        let hyphen = isPunct(m, "-")
        if hyphen { m += 1 }
        guard let unit = text(m), unit == "quarter" || unit == "half", (1...(unit == "quarter" ? 4 : 2)).contains(ordinal.value) else { return nil }
        m += 1
        if year == nil, text(m) == "of", let y = yearNumber(at: m + 1) {
            year = y
            m += 2
        }
        // "the third-quarter results": TimeML leaves the article of the adjective out.
        let start = hyphen && k == i + 1 ? k : i
        var reading = Reading(start: start, end: m, kind: year == nil ? .deictic : .explicit)
        guard let y = year ?? refYear.map({ $0 + shift }) else { return reading }
        let months = unit == "quarter" ? (ordinal.value - 1) * 3 + 1...ordinal.value * 3 : (ordinal.value - 1) * 6 + 1...ordinal.value * 6
        reading.date = .months(y, months)
        return reading
    }

    // MARK: "every year", "each Monday", "annually"

    func repeated(at i: Int) -> Reading? {
        guard let word = text(i) else { return nil }
        // "published daily", "meets weekly and": the adverb; "a daily newspaper" is no set, nor
        // is a rate ("to grow 20% annually").
        if let value = lexicon.setWords[word], i + 1 == tokens.count || tokens[i + 1].kind != .word || lexicon.signals.match(tokens, at: i + 1) != nil
            || lexicon.conjunctions.contains(tokens[i + 1].text) {
            let rate = i > 0 && (tokens[i - 1].kind == .number || lexicon.rateWords.contains(tokens[i - 1].text))
            return Reading(start: i, end: i + 1, kind: .set, silent: rate, timex: value)
        }
        guard lexicon.setLeads.contains(word), i + 1 < tokens.count else { return nil }
        let next = tokens[i + 1]
        if let unit = lexicon.units[next.text] {
            return Reading(start: i, end: i + 2, kind: .set, timex: Timex3.duration(count: 1, unit: unit.symbol))
        }
        if let q = quantity(at: i + 1) { return Reading(start: i, end: q.end, kind: .set, timex: q.timex) }
        if next.capitalized, let weekday = lexicon.weekdayNumbers[next.text] {
            return Reading(start: i, end: i + 2, kind: .set, timex: "XXXX-WXX-\(weekday)")
        }
        if next.capitalized, let month = lexicon.months[next.text] {
            return Reading(start: i, end: i + 2, kind: .set, timex: "XXXX-\(Timex3.two(month))")
        }
        return nil
    }

    // MARK: "the past", "the time", "the future", "right now"

    func presentOrPast(at i: Int) -> Reading? {
        // "in the past year" is a year, read by the directions.
        guard let match = lexicon.references.match(tokens, at: i), lexicon.units[unitWord(text(match.end) ?? "")] == nil else { return nil }
        return Reading(start: i, end: match.end, kind: .deictic, timex: match.value)
    }
}
