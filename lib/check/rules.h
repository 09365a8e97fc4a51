// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <check/checksettings.h>
#include <check/finding.h>
#include <html/node.h>

#include <QList>
#include <QString>

namespace lga::check {

/// What every group of the Checker's rules shares: the site's settings and the list the
/// findings go to. The Checker's walker shows each group every element in document order
/// (visit()), then lets it report what needs the whole page (finish()).
///
/// Messages are translated in the context "lga::check::Checker" with literal strings, so
/// that lupdate finds them although they are written in the groups.
class Rules
{
public:
    Rules(const CheckSettings &settings, QList<Finding> &findings)
        : m_settings(settings)
        , m_findings(findings)
    {}

protected:
    Finding &add(html::Node node, const char *ruleId, Finding::Severity severity, const char *wcag,
                 const char *axeRule, QString message, QString why, QString anchor = {});

    const CheckSettings &m_settings;
    QList<Finding> &m_findings;
};

} // namespace lga::check
