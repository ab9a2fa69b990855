import ChronographCore

/// The tables of `chronograph.sqlite` (docs/STORE.md documents each column).
enum StoreSchema {
    /// PRAGMA user_version. Raise it with any change a reader could notice; readers refuse others.
    static let version = 1
    /// PRAGMA application_id: "CHRG", so a reader can tell a Chronograph store from any SQLite file.
    static let applicationID: Int32 = 0x4348_5247
    /// Fixed, so the file's bytes do not depend on SQLite's compile-time default.
    static let pageSize = 4096

    static let tables = """
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL UNIQUE,
        format TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        characters INTEGER NOT NULL
    );
    CREATE TABLE sentences (
        id INTEGER PRIMARY KEY,
        document TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        community TEXT NOT NULL,
        position INTEGER NOT NULL,
        paragraph INTEGER NOT NULL,
        section TEXT,
        text TEXT NOT NULL
    );
    CREATE INDEX sentences_by_span ON sentences (document, start);
    CREATE TABLE communities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        document TEXT,
        population INTEGER,
        labor_force INTEGER,
        website TEXT,
        theme_shares TEXT NOT NULL
    );
    CREATE TABLE community_aliases (community TEXT NOT NULL, position INTEGER NOT NULL, alias TEXT NOT NULL,
                                    PRIMARY KEY (community, position)) WITHOUT ROWID;
    CREATE TABLE community_awards (community TEXT NOT NULL, position INTEGER NOT NULL, award TEXT NOT NULL,
                                   year INTEGER NOT NULL, PRIMARY KEY (community, position)) WITHOUT ROWID;
    CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        mentions INTEGER NOT NULL,
        confidence REAL,
        document TEXT,
        start INTEGER,
        "end" INTEGER
    );
    CREATE INDEX entities_by_type ON entities (type);
    CREATE TABLE entity_aliases (entity TEXT NOT NULL, position INTEGER NOT NULL, alias TEXT NOT NULL,
                                 PRIMARY KEY (entity, position)) WITHOUT ROWID;
    CREATE TABLE entity_communities (entity TEXT NOT NULL, position INTEGER NOT NULL, community TEXT NOT NULL,
                                     PRIMARY KEY (entity, position)) WITHOUT ROWID;
    CREATE INDEX entity_communities_by_community ON entity_communities (community);
    CREATE TABLE occurrences (
        entity TEXT NOT NULL,
        document TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        sentence INTEGER REFERENCES sentences (id)
    );
    CREATE INDEX occurrences_by_entity ON occurrences (entity);
    CREATE INDEX occurrences_by_sentence ON occurrences (sentence);
    CREATE TABLE entity_themes (entity TEXT NOT NULL, theme TEXT NOT NULL, score REAL, rank INTEGER,
                                PRIMARY KEY (entity, theme)) WITHOUT ROWID;
    CREATE TABLE entity_terms (entity TEXT NOT NULL, term TEXT NOT NULL, count INTEGER NOT NULL,
                               PRIMARY KEY (entity, term)) WITHOUT ROWID;
    CREATE TABLE entity_partners (entity TEXT NOT NULL, position INTEGER NOT NULL, partner TEXT NOT NULL,
                                  PRIMARY KEY (entity, position)) WITHOUT ROWID;
    CREATE TABLE themes (id TEXT PRIMARY KEY, label TEXT NOT NULL);
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL UNIQUE,
        community TEXT NOT NULL,
        date TEXT NOT NULL,
        earliest TEXT,
        latest TEXT,
        mod TEXT,
        type TEXT NOT NULL,
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        document TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        sentence INTEGER REFERENCES sentences (id),
        time_expression TEXT,
        time_start INTEGER,
        time_end INTEGER,
        anchor_date TEXT
    );
    CREATE INDEX events_by_community ON events (community, position);
    CREATE INDEX events_by_bounds ON events (earliest, latest);
    CREATE INDEX events_by_sentence ON events (sentence);
    CREATE TABLE event_themes (event TEXT NOT NULL, position INTEGER NOT NULL, theme TEXT NOT NULL,
                               PRIMARY KEY (event, position)) WITHOUT ROWID;
    CREATE TABLE event_entities (event TEXT NOT NULL, position INTEGER NOT NULL, entity TEXT NOT NULL,
                                 PRIMARY KEY (event, position)) WITHOUT ROWID;
    CREATE INDEX event_entities_by_entity ON event_entities (entity);
    CREATE TABLE edges (
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        type TEXT NOT NULL,
        weight REAL NOT NULL,
        properties TEXT,
        PRIMARY KEY (source, target, type)
    ) WITHOUT ROWID;
    CREATE INDEX edges_by_target ON edges (target);
    CREATE TABLE names (key TEXT NOT NULL, item TEXT NOT NULL, PRIMARY KEY (key, item)) WITHOUT ROWID;
    CREATE VIRTUAL TABLE search USING fts5 (
        text, kind UNINDEXED, ref UNINDEXED, type UNINDEXED, community UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2'
    );
    """

    /// A day as `YYYY-MM-DD`, the form of `events.earliest` and `latest`: text that sorts as the
    /// dates do (years 0001–9999).
    static func iso(_ day: EDTFDate.Day) -> String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(day.year, 4))-\(pad(day.month, 2))-\(pad(day.day, 2))"
    }
}
