// SPDX-License-Identifier: GPL-2.0-or-later
#include <store/markdownfolder.h>

#include <store/frontmatter.h>
#include <store/pagestore.h>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace lga::store {

namespace {

// A file name from a title: lower-case words joined by hyphens, as a URL alias would be.
QString slug(const QString &title)
{
    static const QRegularExpression notWord(QStringLiteral("[^a-z0-9]+"));
    QString s = title.normalized(QString::NormalizationForm_KD).toLower();
    s.replace(notWord, QStringLiteral("-"));
    while (s.startsWith(u'-'))
        s.remove(0, 1);
    while (s.endsWith(u'-'))
        s.chop(1);
    return s.left(80).isEmpty() ? QStringLiteral("page") : s.left(80);
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
           a.body == b.body && a.format == b.format && a.state == b.state;
}

QDateTime now()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
}

} // namespace

FolderReport MarkdownFolder::exportTo(const PageStore &store, const QString &folder)
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
    report.ok = report.problems.isEmpty();
    report.message = tr("Exported %n page(s) to %1.", nullptr, report.written)
                         .arg(QDir::toNativeSeparators(dir.absolutePath()));
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
        ++report.created;
    }
    report.ok = report.problems.isEmpty();
    report.message = tr("Imported %1: %2 new, %3 updated, %4 unchanged.")
                         .arg(QDir::toNativeSeparators(dir.absolutePath()))
                         .arg(report.created)
                         .arg(report.updated)
                         .arg(report.unchanged);
    return report;
}

} // namespace lga::store
