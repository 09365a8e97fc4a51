// SPDX-License-Identifier: GPL-2.0-or-later
#include <store/schema.h>

#include <store/storelog.h>
#include <store/transaction.h>

#include <QSqlQuery>

namespace lga::store::schema {

const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // 0 -> 1: pages. Times are milliseconds since the epoch, UTC; uuids are lower-case
        // without braces, as JSON:API writes them.
        {
            QStringLiteral(
                "CREATE TABLE pages ("
                " uuid TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36 AND uuid = lower(uuid)),"
                " bundle TEXT NOT NULL,"
                " title TEXT NOT NULL DEFAULT '',"
                " summary TEXT NOT NULL DEFAULT '',"
                " body TEXT NOT NULL DEFAULT '',"
                " format TEXT NOT NULL DEFAULT 'markdown' CHECK (format IN ('markdown', 'html')),"
                " state TEXT NOT NULL DEFAULT 'draft'"
                "  CHECK (state IN ('draft', 'review', 'published', 'archived')),"
                " created INTEGER NOT NULL,"
                " updated INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX pages_updated ON pages (updated)"),
        },
        // 1 -> 2: full-text search over title, summary and body.
        //
        // The index is an FTS5 external-content table over `pages`, so the text is stored once
        // and highlight() and snippet() can still read it back (a contentless table cannot: it
        // keeps no text, and SQLite 3.40 has no contentless_delete either). An external-content
        // table finds its rows by rowid, and a rowid that is not an INTEGER PRIMARY KEY may be
        // renumbered by VACUUM or VACUUM INTO (a backup), which would point every hit at the
        // wrong page. So `pages` is first rebuilt with an explicit `id INTEGER PRIMARY KEY`; the
        // uuid stays the key everything outside the store uses and keeps its uniqueness.
        //
        // unicode61 with remove_diacritics 2 folds case and accents, so "cafe" finds "café".
        // prefix = '1 2 3' keeps indexes of the first one to three characters of every word:
        // search-as-you-type makes every query a prefix query, and short prefixes would
        // otherwise walk a large part of the term list on each keystroke.
        {
            QStringLiteral(
                "CREATE TABLE pages_v2 ("
                " id INTEGER PRIMARY KEY,"
                " uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36 AND uuid = lower(uuid)),"
                " bundle TEXT NOT NULL,"
                " title TEXT NOT NULL DEFAULT '',"
                " summary TEXT NOT NULL DEFAULT '',"
                " body TEXT NOT NULL DEFAULT '',"
                " format TEXT NOT NULL DEFAULT 'markdown' CHECK (format IN ('markdown', 'html')),"
                " state TEXT NOT NULL DEFAULT 'draft'"
                "  CHECK (state IN ('draft', 'review', 'published', 'archived')),"
                " created INTEGER NOT NULL,"
                " updated INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO pages_v2"
                           " (uuid, bundle, title, summary, body, format, state, created, updated)"
                           " SELECT uuid, bundle, title, summary, body, format, state, created,"
                           " updated FROM pages ORDER BY rowid"),
            QStringLiteral("DROP TABLE pages"),
            QStringLiteral("ALTER TABLE pages_v2 RENAME TO pages"),
            QStringLiteral("CREATE INDEX pages_updated ON pages (updated)"),
            QStringLiteral("CREATE VIRTUAL TABLE pages_fts USING fts5("
                           " title, summary, body,"
                           " content = 'pages', content_rowid = 'id',"
                           " tokenize = 'unicode61 remove_diacritics 2',"
                           " prefix = '1 2 3')"),
            // The triggers are the only writers of the index, so PageStore's SQL does not need
            // to know that it exists. An external-content index must be told the old text to
            // remove it, hence the 'delete' command with the old values.
            QStringLiteral("CREATE TRIGGER pages_fts_after_insert AFTER INSERT ON pages BEGIN"
                           " INSERT INTO pages_fts (rowid, title, summary, body)"
                           " VALUES (new.id, new.title, new.summary, new.body);"
                           " END"),
            QStringLiteral("CREATE TRIGGER pages_fts_after_delete AFTER DELETE ON pages BEGIN"
                           " INSERT INTO pages_fts (pages_fts, rowid, title, summary, body)"
                           " VALUES ('delete', old.id, old.title, old.summary, old.body);"
                           " END"),
            // A save that changes only the state or the time (a workflow step) leaves the text
            // as it was, so it skips re-indexing.
            QStringLiteral("CREATE TRIGGER pages_fts_after_update AFTER UPDATE ON pages"
                           " WHEN old.title IS NOT new.title OR old.summary IS NOT new.summary"
                           " OR old.body IS NOT new.body OR old.id IS NOT new.id BEGIN"
                           " INSERT INTO pages_fts (pages_fts, rowid, title, summary, body)"
                           " VALUES ('delete', old.id, old.title, old.summary, old.body);"
                           " INSERT INTO pages_fts (rowid, title, summary, body)"
                           " VALUES (new.id, new.title, new.summary, new.body);"
                           " END"),
            // Pages written before this version are indexed here, in the same transaction.
            QStringLiteral("INSERT INTO pages_fts (pages_fts) VALUES ('rebuild')"),
        },
        // 2 -> 3: local revision history (RevisionStore). A revision is a whole copy of the
        // page's text and state, not a diff, so any one can be shown or restored on its own.
        //
        // Deleting a page deletes its history (ON DELETE CASCADE): the history is a local undo
        // aid, not an archive, and a page removed from this computer should leave no text
        // behind. `pages.uuid` is UNIQUE since step 2, so it can be referenced. Because
        // PageStore turns foreign_keys on before migrating, and the pragma cannot change
        // inside a step's transaction, a later step that rebuilds `pages` the way step 2 did
        // must copy `revisions` aside first: its DROP TABLE would otherwise cascade and empty
        // every history.
        //
        // `touched` is the time of the last save folded into a revision and `open` says whether
        // the next save may still be folded into it; both serve only the coalescing of saves.
        {
            QStringLiteral(
                "CREATE TABLE revisions ("
                " id INTEGER PRIMARY KEY,"
                " page_uuid TEXT NOT NULL REFERENCES pages (uuid) ON DELETE CASCADE,"
                " created INTEGER NOT NULL,"
                " touched INTEGER NOT NULL,"
                " open INTEGER NOT NULL DEFAULT 0 CHECK (open IN (0, 1)),"
                " kind TEXT NOT NULL CHECK (kind IN ('burst', 'version', 'restore', 'import')),"
                " message TEXT NOT NULL DEFAULT '',"
                " title TEXT NOT NULL DEFAULT '',"
                " summary TEXT NOT NULL DEFAULT '',"
                " body TEXT NOT NULL DEFAULT '',"
                " format TEXT NOT NULL DEFAULT 'markdown' CHECK (format IN ('markdown', 'html')),"
                " state TEXT NOT NULL DEFAULT 'draft'"
                "  CHECK (state IN ('draft', 'review', 'published', 'archived')))"),
            // Serves both the history list and the cascade, which looks revisions up by page.
            QStringLiteral(
                "CREATE INDEX revisions_page_created ON revisions (page_uuid, created DESC)"),
            // Every page written before this version starts with one revision, its current
            // content, so no history is ever empty. It is closed, so the first save after the
            // update starts a new revision instead of overwriting the only copy of the old text.
            QStringLiteral(
                "INSERT INTO revisions (page_uuid, created, touched, open, kind, message, title,"
                " summary, body, format, state)"
                " SELECT uuid, updated, updated, 0, 'burst', '', title, summary, body, format,"
                " state FROM pages ORDER BY id"),
        },
        // 3 -> 4: the content types' own fields and the review date.
        //
        // Fields are one JSON object per page keyed by Drupal field machine name, not a column
        // each: bundles differ in their fields, a site may add more, and the app reads and
        // writes a page's fields whole. The review date is a column of its own because the
        // page list filters and sorts on it. ADD COLUMN keeps `pages` (and its FTS rowids and
        // the revisions that reference it) as it is.
        {
            QStringLiteral("ALTER TABLE pages ADD COLUMN fields TEXT NOT NULL DEFAULT '{}'"
                           " CHECK (json_valid(fields) AND json_type(fields) = 'object')"),
            QStringLiteral("ALTER TABLE pages ADD COLUMN review_date TEXT"
                           " CHECK (review_date IS NULL OR review_date GLOB"
                           " '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')"),
            QStringLiteral("CREATE INDEX pages_review_date ON pages (review_date)"
                           " WHERE review_date IS NOT NULL"),
            QStringLiteral("ALTER TABLE revisions ADD COLUMN fields TEXT NOT NULL DEFAULT '{}'"
                           " CHECK (json_valid(fields) AND json_type(fields) = 'object')"),
            QStringLiteral("ALTER TABLE revisions ADD COLUMN review_date TEXT"),
        },
        // 4 -> 5: media (images and documents) imported into the store.
        //
        // The file's bytes live in the store, so a store file (and its backups) is the whole
        // site and nothing breaks when the original file moves. `sha256` finds the same file
        // imported again, so its alt text is offered for reuse instead of asking twice. Pages
        // refer to media as `lga-media:<uuid>` URLs in their bodies and fields.
        {
            QStringLiteral(
                "CREATE TABLE media ("
                " id INTEGER PRIMARY KEY,"
                " uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36 AND uuid = lower(uuid)),"
                " sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),"
                " kind TEXT NOT NULL CHECK (kind IN ('image', 'document')),"
                " file_name TEXT NOT NULL,"
                " mime_type TEXT NOT NULL,"
                " size INTEGER NOT NULL CHECK (size >= 0),"
                " width INTEGER,"
                " height INTEGER,"
                " alt TEXT NOT NULL DEFAULT '',"
                " decorative INTEGER NOT NULL DEFAULT 0 CHECK (decorative IN (0, 1)),"
                " data BLOB NOT NULL,"
                " created INTEGER NOT NULL,"
                " updated INTEGER NOT NULL)"),
        },
        // 5 -> 6: the page list reads from an index alone.
        //
        // A page's row holds its whole body, so reading the list from the table touches every
        // page of the file (about 60 MB for 10,000 pages); this index holds just what the list
        // shows, in the order it shows it, so opening a large store reads well under 1 MB. It
        // starts with `updated`, so it replaces the index on that column alone.
        {
            QStringLiteral("CREATE INDEX pages_list"
                           " ON pages (updated DESC, uuid, bundle, title, state, review_date)"),
            QStringLiteral("DROP INDEX pages_updated"),
        },
        // 6 -> 7: a second, small full-text index over the title and summary alone.
        //
        // bm25 must score every page a word matches before LIMIT can apply, and in pages_fts
        // that means every matching body: on a 10,000-page store a keystroke's search takes
        // tens of milliseconds. Title and summary are a few words a page, so ranking over them
        // takes a few milliseconds at most; the page list shows those hits at once and the
        // full search's list when it lands (PageSearch::Scope). It is an external-content index
        // over `pages` like pages_fts, with the same tokenizer and prefixes, so both find the
        // same words the same way.
        {
            QStringLiteral("CREATE VIRTUAL TABLE pages_heading_fts USING fts5("
                           " title, summary,"
                           " content = 'pages', content_rowid = 'id',"
                           " tokenize = 'unicode61 remove_diacritics 2',"
                           " prefix = '1 2 3')"),
            // Kept by triggers like pages_fts, for the same reasons (see step 2).
            QStringLiteral("CREATE TRIGGER pages_heading_fts_after_insert AFTER INSERT ON pages"
                           " BEGIN"
                           " INSERT INTO pages_heading_fts (rowid, title, summary)"
                           " VALUES (new.id, new.title, new.summary);"
                           " END"),
            QStringLiteral(
                "CREATE TRIGGER pages_heading_fts_after_delete AFTER DELETE ON pages"
                " BEGIN"
                " INSERT INTO pages_heading_fts (pages_heading_fts, rowid, title, summary)"
                " VALUES ('delete', old.id, old.title, old.summary);"
                " END"),
            // An edit of the body alone (most autosaves) leaves this index as it was.
            QStringLiteral(
                "CREATE TRIGGER pages_heading_fts_after_update AFTER UPDATE ON pages"
                " WHEN old.title IS NOT new.title OR old.summary IS NOT new.summary"
                " OR old.id IS NOT new.id BEGIN"
                " INSERT INTO pages_heading_fts (pages_heading_fts, rowid, title, summary)"
                " VALUES ('delete', old.id, old.title, old.summary);"
                " INSERT INTO pages_heading_fts (rowid, title, summary)"
                " VALUES (new.id, new.title, new.summary);"
                " END"),
            // Pages written before this version are indexed here, in the same transaction.
            QStringLiteral("INSERT INTO pages_heading_fts (pages_heading_fts) VALUES ('rebuild')"),
        },
        // 7 -> 8: findings the author dismissed (DismissalStore).
        //
        // A dismissal names a checker rule and the words the finding was about, not a position,
        // so it survives edits elsewhere on the page. Deleting a page deletes its dismissals
        // (ON DELETE CASCADE), as it does its history; the UNIQUE index, which starts with the
        // page, serves both the per-page lookup and the cascade.
        {
            QStringLiteral("CREATE TABLE dismissals ("
                           " id INTEGER PRIMARY KEY,"
                           " page_uuid TEXT NOT NULL REFERENCES pages (uuid) ON DELETE CASCADE,"
                           " rule_id TEXT NOT NULL CHECK (length(rule_id) > 0),"
                           " anchor TEXT NOT NULL DEFAULT '',"
                           " reason TEXT NOT NULL DEFAULT '',"
                           " created INTEGER NOT NULL,"
                           " UNIQUE (page_uuid, rule_id, anchor))"),
        },
        // 8 -> 9: what the store knows about each page's copy on a LocalGov site (SyncStore).
        //
        // `resource` is the page's JSON:API resource object exactly as the site last sent it: the
        // base a three-way merge needs, and the members a PATCH must send back unchanged.
        // `local_changes` is set by a trigger whenever the author's copy is written, so no
        // code path that saves a page can forget it; the sync clears it in the same transaction
        // as it writes what it pulled or pushed. The outbox holds the writes still to be sent
        // to the site, replayed in `id` order; `sync_media` the images and documents already sent.
        {
            QStringLiteral("CREATE TABLE sync_sites ("
                           " url TEXT PRIMARY KEY CHECK (length(url) > 0),"
                           " last_pull INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE sync_pages ("
                           " page_uuid TEXT PRIMARY KEY REFERENCES pages (uuid) ON DELETE CASCADE,"
                           " site TEXT NOT NULL,"
                           " resource TEXT NOT NULL"
                           "  CHECK (json_valid(resource) AND json_type(resource) = 'object'),"
                           " changed INTEGER NOT NULL DEFAULT 0,"
                           " vid INTEGER NOT NULL DEFAULT 0,"
                           " draft_on_site INTEGER NOT NULL DEFAULT 0,"
                           " local_changes INTEGER NOT NULL DEFAULT 0,"
                           " status TEXT NOT NULL DEFAULT 'synced'"
                           "  CHECK (status IN ('synced', 'conflict', 'error')),"
                           " message TEXT NOT NULL DEFAULT '',"
                           " theirs TEXT CHECK (theirs IS NULL OR json_valid(theirs)))"),
            QStringLiteral("CREATE TRIGGER sync_pages_local_changes"
                           " AFTER UPDATE OF title, summary, body, format, state, fields,"
                           " review_date, bundle ON pages BEGIN"
                           " UPDATE sync_pages SET local_changes = 1 WHERE page_uuid = new.uuid;"
                           " END"),
            QStringLiteral("CREATE TABLE outbox ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " page_uuid TEXT NOT NULL,"
                           " operation TEXT NOT NULL"
                           "  CHECK (operation IN ('create', 'update', 'transition')),"
                           " payload TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(payload)),"
                           " created INTEGER NOT NULL,"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " last_error TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX outbox_page ON outbox (page_uuid)"),
            // Images and documents sent to a site keep their uuid there; `file_url` is where
            // the site serves the file, which document links point at.
            QStringLiteral("CREATE TABLE sync_media ("
                           " media_uuid TEXT PRIMARY KEY REFERENCES media (uuid) ON DELETE CASCADE,"
                           " site TEXT NOT NULL,"
                           " file_url TEXT NOT NULL DEFAULT '')"),
        },
    };
    return steps;
}

int latestVersion()
{
    return int(migrations().size());
}

int userVersion(const QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        if (error)
            *error = query.lastError();
        return -1;
    }
    return query.value(0).toInt();
}

bool migrate(const QSqlDatabase &db, QSqlError *error)
{
    int version = userVersion(db, error);
    if (version < 0)
        return false;
    const QList<QStringList> &steps = migrations();
    for (; version < int(steps.size()); ++version) {
        Transaction transaction(db);
        if (!transaction.begin()) {
            if (error)
                *error = transaction.error();
            return false;
        }
        QSqlQuery query(db);
        for (const QString &statement : steps.at(version)) {
            if (!query.exec(statement)) {
                qCWarning(lcStore) << "migration to version" << version + 1
                                   << "failed:" << query.lastError().text();
                if (error)
                    *error = query.lastError();
                return false;
            }
        }
        // PRAGMA takes no bound parameters; the number comes from this loop, not from input.
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1))) {
            if (error)
                *error = query.lastError();
            return false;
        }
        query.finish();
        if (!transaction.commit()) {
            if (error)
                *error = transaction.error();
            return false;
        }
        qCInfo(lcStore) << "store schema migrated to version" << version + 1;
    }
    return true;
}

} // namespace lga::store::schema
