// SPDX-License-Identifier: GPL-2.0-or-later
#include <store/markdownfolder.h>

#include <store/frontmatter.h>
#include <store/mediastore.h>
#include <store/pagestore.h>
#include <store/revisionstore.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace lga::store {

namespace {

// A file name from a title: its address slug, kept short.
QString slug(const QString &title)
{
    const QString s = core::titleSlug(title).left(80);
    return s.isEmpty() ? QStringLiteral("page") : s;
}

std::optional<core::Page> readPage(const QString &path, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = file.errorString();
        return std::nullopt;
    }
    return FrontMatter::parse(QString::fromUtf8(file.readAll()), problem);
}

bool sameContent(const core::Page &a, const core::Page &b)
{
    return a.bundle == b.bundle && a.title == b.title && a.summary == b.summary &&
           a.body == b.body && a.format == b.format && a.state == b.state && a.fields == b.fields &&
           a.reviewDate == b.reviewDate;
}

const QString kMediaFolder = QStringLiteral("media");
const QString kMediaIndex = QStringLiteral("media.json");

// A file name any file system accepts: letters, digits, dots, hyphens and underscores.
QString safeFileName(const QString &name)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString s = name.normalized(QString::NormalizationForm_KD);
    s.replace(unsafe, QStringLiteral("-"));
    while (s.startsWith(u'.') || s.startsWith(u'-'))
        s.remove(0, 1);
    return s.right(80).isEmpty() ? QStringLiteral("file") : s.right(80);
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFromIso(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QDateTime now()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
}

} // namespace

namespace {

// Writes the store's media into `media/` with their index; adds to the report.
void exportMedia(PageStore &store, const QDir &dir, FolderReport &report)
{
    MediaStore media(store);
    const QList<core::MediaItem> items = media.list();
    if (media.lastError().isError()) {
        report.problems << MarkdownFolder::tr("Media: %1").arg(media.lastError().message);
        return;
    }
    if (items.isEmpty())
        return;
    if (!dir.mkpath(kMediaFolder)) {
        report.problems << MarkdownFolder::tr("Cannot create the folder %1.")
                               .arg(QDir::toNativeSeparators(dir.filePath(kMediaFolder)));
        return;
    }
    const QDir mediaDir(dir.filePath(kMediaFolder));
    QJsonArray index;
    for (const core::MediaItem &item : items) {
        const std::optional<QByteArray> data = media.data(item.uuid);
        if (!data) {
            report.problems << MarkdownFolder::tr("%1: %2").arg(item.fileName,
                                                                media.lastError().message);
            continue;
        }
        const QString name =
            item.uuid.toString(QUuid::WithoutBraces) + u'-' + safeFileName(item.fileName);
        QSaveFile file(mediaDir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(*data) < 0 || !file.commit()) {
            report.problems << MarkdownFolder::tr("%1: %2").arg(name, file.errorString());
            continue;
        }
        ++report.media;
        index.append(QJsonObject{
            {QStringLiteral("uuid"), item.uuid.toString(QUuid::WithoutBraces)},
            {QStringLiteral("file"), name},
            {QStringLiteral("fileName"), item.fileName},
            {QStringLiteral("kind"), core::toMachineName(item.kind)},
            {QStringLiteral("mimeType"), item.mimeType},
            {QStringLiteral("alt"), item.alt},
            {QStringLiteral("decorative"), item.decorative},
            {QStringLiteral("created"), isoTime(item.created)},
            {QStringLiteral("updated"), isoTime(item.updated)},
        });
    }
    QSaveFile file(mediaDir.filePath(kMediaIndex));
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("media"), index}})
                                .toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) < 0 || !file.commit())
        report.problems << MarkdownFolder::tr("%1: %2").arg(kMediaIndex, file.errorString());
}

// Brings in the media listed in `media/media.json`, if there is one; adds to the report.
void importMedia(PageStore &store, const QDir &dir, FolderReport &report)
{
    const QDir mediaDir(dir.filePath(kMediaFolder));
    QFile indexFile(mediaDir.filePath(kMediaIndex));
    if (!indexFile.exists())
        return;
    if (!indexFile.open(QIODevice::ReadOnly)) {
        report.problems << MarkdownFolder::tr("%1: %2").arg(kMediaIndex, indexFile.errorString());
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(indexFile.readAll(), &parseError);
    if (doc.isNull() || !doc.object().value(QStringLiteral("media")).isArray()) {
        report.problems << MarkdownFolder::tr("%1: not a list of media (%2)")
                               .arg(kMediaIndex, parseError.errorString());
        return;
    }
    MediaStore media(store);
    for (const QJsonValue &value : doc.object().value(QStringLiteral("media")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString name = QFileInfo(entry.value(QStringLiteral("file")).toString()).fileName();
        const QUuid uuid = QUuid::fromString(entry.value(QStringLiteral("uuid")).toString());
        if (name.isEmpty() || uuid.isNull()) {
            report.problems
                << MarkdownFolder::tr("%1: an entry has no file or uuid").arg(kMediaIndex);
            continue;
        }
        QFile file(mediaDir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            report.problems << MarkdownFolder::tr("%1: %2").arg(name, file.errorString());
            continue;
        }
        const QByteArray data = file.readAll();
        QString fileName = entry.value(QStringLiteral("fileName")).toString();
        if (fileName.isEmpty())
            fileName = name;
        // The same checks as a file the author picks: a file swapped in the folder for something
        // that is not an allowed image or document stays out.
        const std::optional<MediaStore::Prepared> prepared = media.prepareData(data, fileName);
        if (!prepared) {
            report.problems << MarkdownFolder::tr("%1: %2").arg(name, media.lastError().message);
            continue;
        }
        core::MediaItem item = prepared->item;
        item.uuid = uuid;
        item.fileName = QFileInfo(fileName).fileName();
        item.alt = entry.value(QStringLiteral("alt")).toString();
        item.decorative = entry.value(QStringLiteral("decorative")).toBool();
        if (item.kind == core::MediaKind::Document)
            item.alt.clear();
        item.created = timeFromIso(entry.value(QStringLiteral("created")));
        item.updated = timeFromIso(entry.value(QStringLiteral("updated")));
        if (const std::optional<core::MediaItem> current = media.item(uuid)) {
            const std::optional<QByteArray> currentData = media.data(uuid);
            if (currentData && sha256(*currentData) == sha256(data) && current->alt == item.alt &&
                current->decorative == item.decorative && current->fileName == item.fileName)
                continue;
            // A change made elsewhere is a local edit: it is stamped now.
            item.created = current->created;
            item.updated = now();
        }
        if (!media.put(item, data)) {
            report.problems << MarkdownFolder::tr("%1: %2").arg(name, media.lastError().message);
            continue;
        }
        ++report.media;
    }
}

} // namespace

FolderReport MarkdownFolder::exportTo(PageStore &store, const QString &folder)
{
    FolderReport report;
    QDir dir(folder);
    if (!dir.mkpath(QStringLiteral("."))) {
        report.ok = false;
        report.message = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder));
        return report;
    }
    // Files from an earlier export, by the uuid they hold.
    QHash<QUuid, QString> existing;
    QSet<QString> taken;
    for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files)) {
        taken.insert(name);
        QString ignored;
        if (const auto page = readPage(dir.filePath(name), &ignored))
            existing.insert(page->uuid, name);
    }
    for (const core::PageSummary &summary : store.summaries()) {
        const std::optional<core::Page> page = store.page(summary.uuid);
        if (!page) {
            report.problems << tr("%1: %2").arg(summary.title, store.lastError().message);
            continue;
        }
        QString name = existing.value(page->uuid);
        if (name.isEmpty()) {
            const QString base = slug(page->title);
            name = base + QLatin1String(".md");
            for (int n = 2; taken.contains(name); ++n)
                name = QStringLiteral("%1-%2.md").arg(base).arg(n);
            taken.insert(name);
        }
        QSaveFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(FrontMatter::write(*page).toUtf8()) < 0 || !file.commit()) {
            report.problems << tr("%1: %2").arg(name, file.errorString());
            continue;
        }
        ++report.written;
    }
    exportMedia(store, dir, report);
    report.ok = report.problems.isEmpty();
    report.message = tr("Exported %n page(s) to %1.", nullptr, report.written)
                         .arg(QDir::toNativeSeparators(dir.absolutePath()));
    if (report.media > 0)
        report.message += u' ' + tr("Media files written: %1.").arg(report.media);
    return report;
}

FolderReport MarkdownFolder::importFrom(PageStore &store, const QString &folder)
{
    FolderReport report;
    const QDir dir(folder);
    if (!dir.exists()) {
        report.ok = false;
        report.message = tr("There is no folder %1.").arg(QDir::toNativeSeparators(folder));
        return report;
    }
    // Media first, so the pages that show them never point at something missing.
    importMedia(store, dir, report);
    RevisionStore revisions(store);
    const QString revisionMessage = tr("Imported from %1").arg(dir.dirName());
    const auto noteImported = [&](const core::Page &page, const QString &name) {
        if (const std::optional<core::Page> stored = store.page(page.uuid)) {
            if (!revisions.noteImported(*stored, revisionMessage))
                report.problems << tr("%1: %2").arg(name, revisions.lastError().message);
        }
    };
    QSet<QUuid> seen;
    const QStringList names = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QString problem;
        std::optional<core::Page> page = readPage(dir.filePath(name), &problem);
        if (!page) {
            report.problems << tr("%1: %2").arg(name, problem);
            continue;
        }
        if (seen.contains(page->uuid)) {
            report.problems << tr("%1: another file in the folder has the same uuid").arg(name);
            continue;
        }
        seen.insert(page->uuid);
        if (const std::optional<core::Page> current = store.page(page->uuid)) {
            if (sameContent(*current, *page)) {
                ++report.unchanged;
                continue;
            }
            // An edit made elsewhere is a local edit like any other: it is stamped now.
            page->created = current->created;
            page->updated = now();
            if (!store.save(*page)) {
                report.problems << tr("%1: %2").arg(name, store.lastError().message);
                continue;
            }
            noteImported(*page, name);
            ++report.updated;
            continue;
        }
        if (!page->created.isValid())
            page->created = now();
        if (!page->updated.isValid())
            page->updated = page->created;
        if (!store.insert(*page)) {
            report.problems << tr("%1: %2").arg(name, store.lastError().message);
            continue;
        }
        noteImported(*page, name);
        ++report.created;
    }
    report.ok = report.problems.isEmpty();
    report.message = tr("Imported %1: %2 new, %3 updated, %4 unchanged.")
                         .arg(QDir::toNativeSeparators(dir.absolutePath()))
                         .arg(report.created)
                         .arg(report.updated)
                         .arg(report.unchanged);
    if (report.media > 0)
        report.message += u' ' + tr("Media files added or changed: %1.").arg(report.media);
    return report;
}

} // namespace lga::store
