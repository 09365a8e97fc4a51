// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <check/checksettings.h>
#include <check/finding.h>
#include <html/document.h>

#include <QList>

namespace lga::check {

/// GOV.UK's plain-English checks over the text of a rendered body: sentences longer than the
/// site's limit, and words to avoid (as suggestions with the plain alternative).
class PlainEnglish
{
public:
    static void check(const html::Document &body, const CheckSettings &settings,
                      QList<Finding> &findings);
};

} // namespace lga::check
