// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <check/rules.h>

#include <QSet>
#include <QStringView>

namespace lga::check {

/// Markup beyond text: duplicate ids, frames without a title, video and audio to confirm
/// captions or a transcript for, and markup the site's filter will remove.
class MarkupRules : public Rules
{
public:
    /// `authorMarkup`: the body holds markup the author typed (CheckDocument), so some of it
    /// may not reach the site. `markdown`: it is Markdown, whose tag filter turns some
    /// elements (iframe, script, style …) into text.
    MarkupRules(const CheckSettings &settings, QList<Finding> &findings, bool authorMarkup,
                bool markdown)
        : Rules(settings, findings)
        , m_authorMarkup(authorMarkup)
        , m_markdown(markdown)
    {}

    void visit(html::Node element, QStringView tag);
    void finish();

private:
    void checkMedia(html::Node element, QStringView tag);
    void addVideo(html::Node element, const char *axeRule, QString anchor);
    void checkRemovedBySite(html::Node element, QStringView tag);
    void checkTagFiltered(html::Node element, QStringView tag);

    const bool m_authorMarkup;
    const bool m_markdown;
    QSet<QString> m_ids;
    // Audio needs no finding when the page links to a transcript.
    bool m_transcript = false;
};

} // namespace lga::check
