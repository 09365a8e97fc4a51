// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <check/rules.h>

#include <QHash>
#include <QSet>

namespace lga::check {

/// Links: no text, an image with no alt text as the only content, generic text ("click
/// here"), an address as text, documents without their type, new windows without warning,
/// the same text for different places, and in-page links to targets that do not exist.
class LinkRules : public Rules
{
public:
    using Rules::Rules;

    void visitLink(html::Node link);
    /// Every element with an id, and links with a name: the targets of in-page links.
    void visitTarget(html::Node element);
    void finish();

private:
    /// True when the text itself was reported (empty, generic, an address, no file type).
    bool checkText(html::Node link, const QString &text);
    bool checkDocumentLink(html::Node link, const QString &text);
    void checkNewWindow(html::Node link, const QString &text);
    void checkSameText(html::Node link, const QString &text);

    struct InPageLink
    {
        html::Node link;
        QString target;
        QString text;
    };
    QList<InPageLink> m_inPageLinks;
    QSet<QString> m_targets;
    // The first address for each link text (normalized).
    QHash<QString, QString> m_hrefByText;
};

} // namespace lga::check
