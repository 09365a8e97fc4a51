// SPDX-License-Identifier: GPL-2.0-or-later
#include "historydialog.h"

#include <core/fielddefinition.h>
#include <core/moderationstate.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace lga::ui {

namespace {

constexpr int kRevisionIdRole = Qt::UserRole + 1;

QString kindLabel(store::RevisionStore::Kind kind)
{
    switch (kind) {
    case store::RevisionStore::Kind::Burst:
        return HistoryDialog::tr("Edits");
    case store::RevisionStore::Kind::Version:
        return HistoryDialog::tr("Saved version");
    case store::RevisionStore::Kind::Restore:
        return HistoryDialog::tr("Restored");
    case store::RevisionStore::Kind::Import:
        return HistoryDialog::tr("Imported");
    }
    return {};
}

// Everything the author writes as running text, as one text for the word diff.
QString asText(const core::Page &page)
{
    return page.title + QLatin1String("\n\n") + page.summary + QLatin1String("\n\n") + page.body;
}

QString readableDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat)
                          : HistoryDialog::tr("(none)");
}

// One "Label: old → new" change, as HTML in which the old and new values are marked as deleted
// and inserted the way the word diff marks them, so they are told apart by more than colour.
QString changeLineHtml(const QString &label, const QString &from, const QString &to)
{
    using review::DiffSegment;
    return QLatin1String("<p>") + label.toHtmlEscaped() + QLatin1String(": ") +
           review::WordDiff::toHtml({DiffSegment{DiffSegment::Deleted, from}}) +
           QStringLiteral(" → ") +
           review::WordDiff::toHtml({DiffSegment{DiffSegment::Inserted, to}}) +
           QLatin1String("</p>");
}

} // namespace

HistoryDialog::HistoryDialog(store::RevisionStore &revisions, const core::Page &current,
                             QWidget *parent)
    : QDialog(parent)
    , m_revisions(revisions)
    , m_current(current)
    , m_list(new QListWidget(this))
    , m_compareWith(new QComboBox(this))
    , m_changesLabel(new QLabel(this))
    , m_changes(new QTextBrowser(this))
    , m_restore(new QPushButton(tr("&Restore this version"), this))
{
    setWindowTitle(tr("History of “%1”").arg(current.title));
    setObjectName(QStringLiteral("historyDialog"));
    resize(960, 600);

    m_list->setObjectName(QStringLiteral("revisionList"));
    m_list->setAccessibleName(tr("Revisions, newest first"));
    m_compareWith->setObjectName(QStringLiteral("compareWith"));
    m_compareWith->setAccessibleName(tr("Compare the chosen revision with"));
    m_changes->setObjectName(QStringLiteral("revisionChanges"));
    m_changes->setAccessibleName(tr("What changed between the two versions"));
    m_changes->setOpenLinks(false);
    // Insertions and deletions are told apart by more than colour: underline and strike-through,
    // and a spoken label for screen readers.
    m_changes->document()->setDefaultStyleSheet(
        QStringLiteral("ins { background: #cce2d8; text-decoration: underline; }"
                       "del { background: #f4cdc6; text-decoration: line-through; }"
                       ".lga-diff-label { font-size: 1px; color: transparent; }"
                       "h3 { margin-top: 12px; }"));
    m_restore->setAccessibleName(tr("Restore this version"));
    m_changesLabel->setObjectName(QStringLiteral("revisionChangesLabel"));
    m_changesLabel->setWordWrap(true);

    auto *listLabel = new QLabel(tr("Re&visions"), this);
    listLabel->setBuddy(m_list);
    auto *compareLabel = new QLabel(tr("Compare &with:"), this);
    compareLabel->setBuddy(m_compareWith);
    m_changesLabel->setBuddy(m_changes);
    auto *left = new QVBoxLayout;
    left->addWidget(listLabel);
    left->addWidget(m_list);
    auto *compareRow = new QHBoxLayout;
    compareRow->addWidget(compareLabel);
    compareRow->addWidget(m_compareWith, 1);
    auto *right = new QVBoxLayout;
    right->addLayout(compareRow);
    right->addWidget(m_changesLabel);
    right->addWidget(m_changes);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 5);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    m_history = m_revisions.history(current.uuid);
    m_compareWith->addItem(tr("The revision before it"), kPreviousRevision);
    m_compareWith->addItem(tr("The current text"), kCurrentText);
    for (int row = 0; row < m_history.size(); ++row) {
        const store::RevisionStore::Revision &revision = m_history.at(row);
        QString text = revisionLabel(row);
        if (!revision.message.isEmpty())
            text += QLatin1Char('\n') + revision.message;
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(kRevisionIdRole, revision.id);
        m_compareWith->addItem(revision.message.isEmpty()
                                   ? revisionLabel(row)
                                   : tr("%1 — %2").arg(revisionLabel(row), revision.message),
                               revision.id);
    }
    connect(m_list, &QListWidget::currentRowChanged, this, &HistoryDialog::showChanges);
    connect(m_compareWith, &QComboBox::currentIndexChanged, this, &HistoryDialog::showChanges);
    connect(m_restore, &QPushButton::clicked, this, &HistoryDialog::restoreSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_restore->setEnabled(m_list->count() > 0);
    m_compareWith->setEnabled(m_list->count() > 0);
    if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
    } else {
        m_changesLabel->setText(tr("C&hanges"));
        m_changes->setPlainText(tr("This page has no saved revisions yet."));
    }
    m_list->setFocus();
}

QString HistoryDialog::revisionLabel(int row) const
{
    const store::RevisionStore::Revision &revision = m_history.at(row);
    return tr("%1 · %2").arg(
        QLocale().toString(revision.created.toLocalTime(), QLocale::ShortFormat),
        kindLabel(revision.kind));
}

bool HistoryDialog::setComparison(qint64 id)
{
    const int index = m_compareWith->findData(id);
    if (index < 0)
        return false;
    m_compareWith->setCurrentIndex(index);
    return true;
}

QString HistoryDialog::readableValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return tr("(none)");
    case QJsonValue::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble());
    case QJsonValue::String: {
        const QString text = value.toString();
        // Dates are stored as YYYY-MM-DD; the author reads them as dates.
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (text.size() == 10 && date.isValid())
            return readableDate(date);
        return text;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            return tr("(none)");
        QStringList items;
        for (const QJsonValue &item : array)
            items.append(readableValue(item));
        return items.join(QStringLiteral("; "));
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        const QString title = object.value(QLatin1String("title")).toString();
        const QString uri = object.value(QLatin1String("uri")).toString();
        if (!uri.isEmpty())
            return title.isEmpty() ? uri : tr("%1 (%2)").arg(title, uri);
        if (object.contains(QLatin1String("value")))
            return readableValue(object.value(QLatin1String("value")));
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    }
    return {};
}

QStringList HistoryDialog::otherChanges(const core::Page &from, const core::Page &to) const
{
    // Pairs of label and the two values; turned into plain lines and HTML by the caller.
    QStringList lines;
    if (from.state != to.state) {
        lines << tr("Status") << core::displayName(from.state) << core::displayName(to.state);
    }
    if (from.reviewDate != to.reviewDate) {
        lines << tr("Review date") << readableDate(from.reviewDate) << readableDate(to.reviewDate);
    }
    // The content type's own order first, as its edit form shows the fields, then any others.
    QStringList names;
    for (const core::FieldDefinition &definition : core::fieldDefinitions(m_current.bundle))
        names.append(definition.name);
    QStringList others = from.fields.keys() + to.fields.keys();
    others.sort();
    others.removeDuplicates();
    for (const QString &name : std::as_const(others)) {
        if (!names.contains(name))
            names.append(name);
    }
    for (const QString &name : std::as_const(names)) {
        const QJsonValue before = from.fields.value(name);
        const QJsonValue after = to.fields.value(name);
        if (before == after)
            continue;
        lines << core::fieldLabel(m_current.bundle, name) << readableValue(before)
              << readableValue(after);
    }
    return lines;
}

void HistoryDialog::showChanges()
{
    m_textChanges.clear();
    m_fieldChanges.clear();
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_history.size())
        return;
    const core::Page &chosen = m_history.at(row).snapshot;

    // The diff always reads from the older side to the newer, so what is marked as inserted is
    // what the later version added, whichever of the two the author picked first.
    core::Page from;
    core::Page to = chosen;
    QString fromName;
    QString toName = revisionLabel(row);
    const qint64 choice = m_compareWith->currentData().toLongLong();
    if (choice == kCurrentText) {
        from = chosen;
        fromName = revisionLabel(row);
        to = m_current;
        toName = tr("the current text");
    } else if (choice == kPreviousRevision) {
        if (row + 1 < m_history.size()) {
            from = m_history.at(row + 1).snapshot;
            fromName = revisionLabel(row + 1);
        } else {
            // The oldest revision is compared with an empty page, so all of it reads as added.
            from.bundle = chosen.bundle;
            from.state = chosen.state;
            fromName = tr("an empty page");
        }
    } else {
        int other = -1;
        for (int i = 0; i < m_history.size(); ++i) {
            if (m_history.at(i).id == choice)
                other = i;
        }
        if (other < 0)
            return;
        // Newest first: a higher row is an older revision.
        const int older = std::max(row, other);
        const int newer = std::min(row, other);
        from = m_history.at(older).snapshot;
        fromName = revisionLabel(older);
        to = m_history.at(newer).snapshot;
        toName = revisionLabel(newer);
    }
    m_changesLabel->setText(tr("C&hanges from %1 to %2").arg(fromName, toName));

    m_textChanges = review::WordDiff::diff(asText(from), asText(to));
    const QStringList other = otherChanges(from, to);
    QString fieldsHtml;
    for (int i = 0; i + 2 < other.size(); i += 3) {
        m_fieldChanges.append(tr("%1: %2 → %3").arg(other.at(i), other.at(i + 1), other.at(i + 2)));
        fieldsHtml += changeLineHtml(other.at(i), other.at(i + 1), other.at(i + 2));
    }

    const bool textChanged =
        std::any_of(m_textChanges.cbegin(), m_textChanges.cend(),
                    [](const auto &segment) { return segment.kind != review::DiffSegment::Equal; });
    QString html;
    if (!textChanged && m_fieldChanges.isEmpty()) {
        html = QLatin1String("<p><strong>") +
               tr("No differences: the two versions are the same.").toHtmlEscaped() +
               QLatin1String("</strong></p>");
    }
    html += QLatin1String("<div style=\"white-space: pre-wrap\">") +
            review::WordDiff::toHtml(m_textChanges) + QLatin1String("</div>");
    if (!fieldsHtml.isEmpty())
        html += QLatin1String("<h3>") + tr("Other fields").toHtmlEscaped() +
                QLatin1String("</h3>") + fieldsHtml;
    m_changes->setHtml(html);
}

bool HistoryDialog::restoreSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_history.size())
        return false;
    const auto restored = m_revisions.restore(m_history.at(row).id);
    if (!restored) {
        QMessageBox::warning(this, tr("Could not restore"), m_revisions.lastError().message);
        return false;
    }
    m_restored = restored;
    accept();
    return true;
}

} // namespace lga::ui
