// SPDX-License-Identifier: GPL-2.0-or-later
#include "reviewqueuemodel.h"

#include <core/contenttype.h>
#include <store/pagestore.h>

#include <QJsonObject>
#include <QLocale>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace lga::ui {

ReviewQueueModel::ReviewQueueModel(store::PageStore &store, check::CheckSettings settings,
                                   QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_sync(store)
    , m_checker(std::move(settings))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_userName([] { return QSettings().value(QStringLiteral("Sync/UserName")).toString(); })
{
    // One worker: the queue's checks never compete with each other for the second core, which
    // the check of the page being typed needs.
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<QList<Counts>>::finished, this,
            &ReviewQueueModel::onChecked);
}

ReviewQueueModel::~ReviewQueueModel()
{
    m_watcher.waitForFinished();
}

void ReviewQueueModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ReviewQueueModel::setSignedInUser(std::function<QString()> userName)
{
    m_userName = std::move(userName);
}

void ReviewQueueModel::refresh()
{
    QList<Entry> entries;
    for (const core::PageSummary &summary : m_store.summaries()) {
        if (summary.state != core::ModerationState::Review)
            continue;
        if (const std::optional<core::Page> page = m_store.page(summary.uuid))
            entries.append(makeEntry(*page));
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.submitted < b.submitted; });

    // Counts carry over from the cache when the page is the version they were worked out for.
    m_queued.clear();
    QHash<QUuid, Counts> kept;
    for (Entry &entry : entries) {
        const auto cached = m_cache.constFind(entry.page.uuid);
        if (cached != m_cache.cend() && cached->page == entry.page) {
            entry.errors = cached->errors;
            entry.warnings = cached->warnings;
            kept.insert(entry.page.uuid, *cached);
        } else if (!(m_inFlight.contains(entry.page.uuid) &&
                     m_inFlight.value(entry.page.uuid) == entry.page)) {
            m_queued.append(entry.page);
        }
    }
    m_cache = kept;

    beginResetModel();
    m_entries = entries;
    endResetModel();
    if (m_queued.isEmpty() && !m_running)
        Q_EMIT checksFinished();
    else
        startChecks();
}

ReviewQueueModel::Entry ReviewQueueModel::makeEntry(const core::Page &page) const
{
    Entry entry;
    entry.page = page;
    entry.submitted = page.updated;
    // A page the site holds in review was submitted there, when the site last changed it; one
    // the site does not hold in review was submitted on this computer.
    if (const std::optional<store::SyncRecord> record = m_sync.record(page.uuid)) {
        const QJsonObject &resource = record->resource;
        const QJsonObject attributes = resource.value(u"attributes").toObject();
        if (attributes.value(u"moderation_state").toString() ==
                core::toMachineName(core::ModerationState::Review) &&
            record->changed > 0) {
            entry.submitted = QDateTime::fromSecsSinceEpoch(record->changed, Qt::UTC);
            entry.submittedHere = false;
            // The pull keeps the owner's name where Drupal keeps what it knows of a reference.
            const QJsonObject owner = resource.value(u"relationships")[u"uid"][u"data"].toObject();
            entry.author = owner.value(u"meta")[u"display_name"].toString();
            if (!entry.author.isEmpty())
                entry.authorNote = tr("Submitted on the site");
            else if (owner.value(u"id").toString().isEmpty())
                entry.authorNote = tr("Submitted on the site. The site does not say who owns "
                                      "this page.");
            else
                entry.authorNote = tr("Submitted on the site. The site did not give the owner's "
                                      "name: the page may have no named owner, or your account "
                                      "may not be allowed to see theirs.");
        }
    }
    if (entry.submittedHere) {
        entry.author = m_userName ? m_userName().trimmed() : QString();
        entry.authorNote = entry.author.isEmpty()
                               ? tr("Submitted from this computer, not sent yet. You are not "
                                    "signed in to a site, so your name is not known.")
                               : tr("Submitted from this computer, not sent yet");
    }
    if (entry.author.isEmpty())
        entry.author = tr("Unknown");
    return entry;
}

void ReviewQueueModel::startChecks()
{
    if (m_running || m_queued.isEmpty())
        return;
    m_running = true;
    for (const core::Page &page : std::as_const(m_queued))
        m_inFlight.insert(page.uuid, page);
    m_watcher.setFuture(
        QtConcurrent::run(&m_pool, [checker = m_checker, pages = std::exchange(m_queued, {})] {
            QList<Counts> done;
            done.reserve(pages.size());
            for (const core::Page &page : pages) {
                const check::CheckResult result = checker.run(page);
                done.append({page, int(result.count(check::Finding::Error)),
                             int(result.count(check::Finding::Warning))});
            }
            return done;
        }));
}

void ReviewQueueModel::onChecked()
{
    m_running = false;
    m_inFlight.clear();
    for (const Counts &counts : m_watcher.result()) {
        const int row = rowOf(counts.page.uuid);
        // A page changed or gone since it was sent to be checked keeps waiting for its newer
        // check (already queued by the refresh that saw the change).
        if (row < 0 || !(m_entries.at(row).page == counts.page))
            continue;
        m_cache.insert(counts.page.uuid, counts);
        m_entries[row].errors = counts.errors;
        m_entries[row].warnings = counts.warnings;
        Q_EMIT dataChanged(index(row, FindingsColumn), index(row, FindingsColumn));
    }
    if (m_queued.isEmpty())
        Q_EMIT checksFinished();
    else
        startChecks();
}

int ReviewQueueModel::rowOf(const QUuid &uuid) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).page.uuid == uuid)
            return row;
    }
    return -1;
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ReviewQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ReviewQueueModel::isOverdue(const QDate &date) const
{
    return date.isValid() && date < m_clock().toLocalTime().date();
}

QString ReviewQueueModel::submittedText(const QDateTime &submitted) const
{
    if (!submitted.isValid())
        return tr("Unknown");
    const QDateTime local = submitted.toLocalTime();
    const QString absolute =
        tr("%1 %2").arg(QLocale().toString(local.date(), QLocale::ShortFormat),
                        QLocale().toString(local.time(), QLocale::ShortFormat));
    const qint64 days = local.date().daysTo(m_clock().toLocalTime().date());
    QString relative;
    if (days <= 0)
        relative = tr("Today");
    else if (days == 1)
        relative = tr("Yesterday");
    else
        relative = tr("%n day(s) ago", nullptr, int(days));
    return tr("%1 (%2)").arg(relative, absolute);
}

QString ReviewQueueModel::reviewDateText(const QDate &date) const
{
    if (!date.isValid())
        return tr("None set");
    const QString shown = QLocale().toString(date, QLocale::ShortFormat);
    return isOverdue(date) ? tr("Overdue since %1").arg(shown) : tr("Review by %1").arg(shown);
}

QString ReviewQueueModel::findingsText(const Entry &entry) const
{
    if (entry.errors < 0)
        return tr("Checking…");
    if (entry.errors == 0 && entry.warnings == 0)
        return tr("No problems found");
    return tr("%1, %2").arg(tr("%n error(s)", nullptr, entry.errors),
                            tr("%n warning(s)", nullptr, entry.warnings));
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case UuidRole:
        return entry.page.uuid;
    case ErrorsRole:
        return entry.errors;
    case WarningsRole:
        return entry.warnings;
    case OverdueRole:
        return isOverdue(entry.page.reviewDate);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case TitleColumn:
            return entry.page.title;
        case TypeColumn:
            return core::contentType(entry.page.bundle).label;
        case SubmittedColumn:
            return submittedText(entry.submitted);
        case AuthorColumn:
            return entry.author;
        case FindingsColumn:
            return findingsText(entry);
        case ReviewDateColumn:
            return reviewDateText(entry.page.reviewDate);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case TitleColumn:
            return entry.page.title.toCaseFolded();
        case TypeColumn:
            return core::contentType(entry.page.bundle).label;
        case SubmittedColumn:
            return entry.submitted;
        case AuthorColumn:
            return entry.author.toCaseFolded();
        case FindingsColumn:
            // Most errors first when sorted descending; warnings break ties.
            return qint64(entry.errors) * 100000 + entry.warnings;
        case ReviewDateColumn:
            return entry.page.reviewDate.isValid() ? entry.page.reviewDate : QDate(9999, 12, 31);
        default:
            return {};
        }
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        if (index.column() == SubmittedColumn && entry.submitted.isValid())
            return QLocale().toString(entry.submitted.toLocalTime(), QLocale::LongFormat);
        if (index.column() == AuthorColumn)
            return entry.authorNote;
        return {};
    default:
        return {};
    }
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case TypeColumn:
        return tr("Content type");
    case SubmittedColumn:
        return tr("Submitted");
    case AuthorColumn:
        return tr("Author");
    case FindingsColumn:
        return tr("Accessibility and plain English");
    case ReviewDateColumn:
        return tr("Review date");
    default:
        return {};
    }
}

} // namespace lga::ui
