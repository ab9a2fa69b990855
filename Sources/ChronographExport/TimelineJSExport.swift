import ChronographCore

/// `timeline.timelinejs.json`: the TimelineJS3 data format. One slide per event, grouped by
/// community; dates as TimelineJS date objects at the precision the EDTF value has (a decade or
/// century spans its years, an interval gets an end), with a `display_date` that says it in words.
public enum TimelineJSExport {
    public static func timeline(_ events: [Event]) -> JSONValue {
        .object([
            ("title", titleSlide(events)),
            ("events", .array(events.map(slide))),
            ("scale", "human"),
        ])
    }

    static func titleSlide(_ events: [Event]) -> JSONValue {
        let communities = Set(events.map(\.community)).count
        var summary = "\(events.count) dated events from \(communities) \(communities == 1 ? "community" : "communities")"
        if let first = events.map(\.year).min(), let last = events.map(\.date.lastYear).max() {
            summary += ", \(first)–\(last)"
        }
        return .object([("text", .object([
            ("headline", "Chronograph timeline"),
            ("text", .string("<p>" + EventPresentation.escapeHTML(summary) + ".</p>")),
        ]))])
    }

    static func slide(_ event: Event) -> JSONValue {
        let date = event.date
        var pairs: [(String, JSONValue)] = [("unique_id", .string(event.id))]
        pairs.append(("start_date", dateObject(date.start ?? date.end!, bound: .earliest)))
        if let end = date.end, date.isInterval && date.start != nil || end.unspecifiedDigits > 0 {
            pairs.append(("end_date", dateObject(end, bound: .latest)))
        }
        pairs.append(("display_date", .string(EventPresentation.dateLabel(event))))
        pairs.append(("group", .string(event.community)))
        var text = "<p>" + EventPresentation.escapeHTML(event.text) + "</p>"
        text += "<p><small>Source: " + EventPresentation.escapeHTML(EventPresentation.sourceLabel(event.source))
        if !event.themes.isEmpty { text += " · Themes: " + EventPresentation.escapeHTML(event.themes.joined(separator: ", ")) }
        text += "</small></p>"
        pairs.append(("text", .object([("headline", .string(EventPresentation.escapeHTML(event.title))), ("text", .string(text))])))
        return .object(pairs)
    }

    enum Bound { case earliest, latest }

    /// A TimelineJS date object with only the fields the point specifies (years of a decade or
    /// century resolved to its first or last year).
    static func dateObject(_ point: EDTFDate.Point, bound: Bound) -> JSONValue {
        let day = bound == .earliest ? point.earliest : point.latest
        var pairs: [(String, JSONValue)] = [("year", .int(day.year))]
        if point.month != nil { pairs.append(("month", .int(day.month))) }
        if point.day != nil { pairs.append(("day", .int(day.day))) }
        return .object(pairs)
    }
}
