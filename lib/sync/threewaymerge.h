// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <core/page.h>

#include <QJsonValue>
#include <QList>
#include <QString>

namespace lga::sync {

/// Three-way merge of a page: the author's version ("mine") and the site's version ("theirs")
/// against the last version both saw ("base").
///
/// Title, summary, moderation state, review date and each entry of `fields` are merged as whole
/// values: a change on one side is taken, the same change on both sides is taken once, and
/// different changes on both sides are a conflict.
///
/// The body is merged block by block. Markdown blocks are separated by blank lines, except that
/// a fenced code block, a list (items and indented continuations after blank lines) and an
/// indented code block stay whole. An HTML body is split at the end of each line where no
/// element is left open, so `<p>…</p>` on its own lines is a block and a `<div>` spanning several
/// lines is one block; several elements on one line are one block. Each side is aligned with the
/// base by a longest common subsequence over blocks (compared without trailing whitespace and
/// with CRLF read as LF), giving that side's changed regions ("hunks"). Hunks of the two sides
/// that overlap, or are insertions at the same place, are merged together: identical → taken
/// once, otherwise a conflict carrying the three texts of the region. Changes in neighbouring
/// blocks do not overlap and merge cleanly. A block that conflicts stays a conflict even when a
/// finer, line-level merge inside it would be clean: a sentence merged half from each side is
/// easy to miss, a conflict is not. Untouched blocks keep their exact text.
///
/// If the body format (Markdown or HTML) differs between the sides, blocks cannot be compared,
/// so the body is merged as one value: the side that changed it wins, otherwise the whole body
/// is one conflict.
class ThreeWayMerge
{
public:
    /// The part of the page a conflict is in.
    enum class Part
    {
        Title,
        Summary,
        State,      ///< Texts are machine names (`draft`, `published`, …).
        ReviewDate, ///< Texts are ISO dates, empty for none.
        Field,      ///< See Conflict::field and the JSON values.
        Body,       ///< A region of the body, or the whole body (Conflict::wholeBody).
    };

    struct Conflict
    {
        Part part = Part::Body;
        /// For Part::Field: the Drupal machine name.
        QString field;
        /// For Part::Body: the index of the region in Result::body.
        int region = -1;
        /// For Part::Body: true when the formats differ and the whole body conflicts.
        bool wholeBody = false;
        /// For a whole-body conflict, each side's format.
        core::SourceFormat baseFormat = core::SourceFormat::Markdown;
        core::SourceFormat mineFormat = core::SourceFormat::Markdown;
        core::SourceFormat theirsFormat = core::SourceFormat::Markdown;
        /// The three texts of the part (unused for Part::Field).
        QString base;
        QString mine;
        QString theirs;
        /// For Part::Field: the three values; Undefined when the side has no value.
        QJsonValue baseValue;
        QJsonValue mineValue;
        QJsonValue theirsValue;
    };

    /// One piece of the merged body: merged text, or a conflicting region.
    struct BodySegment
    {
        QString text;      ///< For a conflict: your version of the region.
        int conflict = -1; ///< Index into Result::conflicts, or -1 when merged cleanly.
    };

    struct Result
    {
        /// The merged page. Where there are conflicts, those parts hold your version, so the
        /// page is only ready to push when clean is true.
        core::Page page;
        bool clean = true;
        QList<Conflict> conflicts;
        /// The merged body in order; concatenated (with separators where pieces were moved next
        /// to each other) it is page.body.
        QList<BodySegment> body;
        /// "\r\n" when the body uses CRLF, otherwise "\n"; used for separators added between
        /// pieces.
        QString lineEnding = QStringLiteral("\n");
    };

    /// How the author decided one conflict.
    enum class Choice
    {
        Mine,
        Theirs,
        Base,
        Both,   ///< Body regions: your version, then the site's. Elsewhere the same as Mine.
        Custom, ///< Resolution::text (or Resolution::value for a field).
    };

    struct Resolution
    {
        Choice choice = Choice::Mine;
        /// For Custom: the text (a machine name for the state, an ISO date or empty for the
        /// review date). For a whole-body conflict the text is in your format.
        QString text;
        /// For Custom on a field: the value; Undefined or Null removes the field.
        QJsonValue value;

        static Resolution use(Choice choice)
        {
            Resolution resolution;
            resolution.choice = choice;
            return resolution;
        }
        static Resolution customText(const QString &text)
        {
            Resolution resolution;
            resolution.choice = Choice::Custom;
            resolution.text = text;
            return resolution;
        }
        static Resolution customValue(const QJsonValue &value)
        {
            Resolution resolution;
            resolution.choice = Choice::Custom;
            resolution.value = value;
            return resolution;
        }

        bool operator==(const Resolution &) const = default;
    };

    static Result merge(const core::Page &base, const core::Page &mine, const core::Page &theirs);

    /// The final page: \a result's page with each conflict decided by the resolution at the same
    /// index. Conflicts without a resolution keep your version.
    static core::Page resolve(const Result &result, const QList<Resolution> &resolutions);

    /// The text a resolution gives for a text or body conflict (Both joins the two texts with a
    /// blank line between them for the body).
    static QString resolvedText(const Result &result, const Conflict &conflict,
                                const Resolution &resolution);

    /// The body's blocks in \a format, as described above. Concatenated they are \a body exactly.
    static QStringList splitBlocks(const QString &body, core::SourceFormat format);
};

} // namespace lga::sync
