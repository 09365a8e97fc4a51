// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace lga::ui {

/// A squiggle under a range of the body editor's text, with what it means on hover.
struct EditorMark
{
    enum Kind
    {
        Error,
        Warning,
        Tip,
        Spelling,
    };

    /// 0-based character offset into the editor's text, and how many characters it covers.
    int start = 0;
    int length = 0;
    Kind kind = Warning;
    QString toolTip;

    bool operator==(const EditorMark &) const = default;
};

/// Independent sources of marks: each replaces only its own.
enum class MarkLayer
{
    Check,
    Spelling,
};

} // namespace lga::ui
