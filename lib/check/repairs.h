// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <check/finding.h>
#include <core/page.h>

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace lga::check {

/// One way to fix a finding that the app can offer next to it (ATAG B.3.2).
struct RepairAction
{
    /// Stable ("make-list", "sentence-case", "heading-level", "add-file-info",
    /// "mark-decorative", "write-alt", "rewrite-link-text").
    QString id;
    /// The button's text, translated ("Make it a list").
    QString label;
    /// Needs the author's judgement: the app asks first (alt text, link text), never filling
    /// in a guess such as the file name.
    bool guided = false;

    bool operator==(const RepairAction &) const = default;
};

/// A replacement of part of the body source (0-based character offsets).
struct SourceEdit
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString replacement;

    bool operator==(const SourceEdit &) const = default;
};

/// What a repair may need beyond the source: the author's answer to a guided prompt, or facts
/// the app knows (a document's size).
struct RepairInput
{
    /// The text the author typed in a guided prompt (alt text, link text).
    QString text;
    /// The linked document's type and size in bytes, when the app knows them (the media
    /// library); -1 when unknown.
    QString fileType;
    qint64 fileSize = -1;
};

/// The repairs for each kind of finding, as pure functions of the source text, so that they
/// are tested without a window and the app applies them as one undo step.
class Repairs
{
public:
    /// The actions offered for `finding` (none for most axe findings).
    static QList<RepairAction> actionsFor(const Finding &finding);

    /// The edits that carry out `actionId` on `source`, or nothing when the finding can no
    /// longer be found where it was (the author changed the text meanwhile). Edits do not
    /// overlap and are sorted by start.
    static std::optional<QList<SourceEdit>> edits(const QString &actionId, const Finding &finding,
                                                  QStringView source, core::SourceFormat format,
                                                  const RepairInput &input = {});

    /// `source` with `edits` applied.
    static QString apply(QStringView source, const QList<SourceEdit> &edits);
};

} // namespace lga::check
