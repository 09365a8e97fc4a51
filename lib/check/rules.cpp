// SPDX-License-Identifier: GPL-2.0-or-later
#include <check/rules.h>

#include <check/domtext.h>

namespace lga::check {

Finding &Rules::add(html::Node node, const char *ruleId, Finding::Severity severity,
                    const char *wcag, const char *axeRule, QString message, QString why,
                    QString anchor)
{
    m_findings.append(domtext::makeFinding(node, ruleId, severity, wcag, axeRule,
                                           std::move(message), std::move(why), std::move(anchor)));
    return m_findings.last();
}

} // namespace lga::check
