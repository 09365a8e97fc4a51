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
    /// The text the author typed in a guided prompt (alt text, link text). For "write-alt",
    /// an empty text marks the image as decorative.
    QString text;
    /// The linked document's type and size in bytes, when the app knows them (the media
    /// library); -1 when unknown.
    QString fileType;
    qint64 fileSize = -1;
};

/// What a prompt shows the author before a repair: the image or link the finding is about.
struct RepairContext
{
    /// The image's `src` or the link's address, as written in the source (a reference link's
    /// definition is followed).
    QString url;
    /// The image's current alt text or the link's current text, as written.
    QString text;

    bool operator==(const RepairContext &) const = default;
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

    /// The image or link that `actionId` would change, for the prompt; nothing when the
    /// finding can no longer be found or the action needs no context.
    static std::optional<RepairContext> context(const QString &actionId, const Finding &finding,
                                                QStringView source, core::SourceFormat format);

    /// `source` with `edits` applied.
    static QString apply(QStringView source, const QList<SourceEdit> &edits);

    /// " (PDF, 1.2 MB)"-style file information in the GOV.UK style: whole KB under 1 MB, MB
    /// with one decimal place (base 1024). `type` is upper-cased when it is an extension.
    static QString fileInfo(const QString &type, qint64 bytes);
};

} // namespace lga::check
