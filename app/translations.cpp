// SPDX-License-Identifier: GPL-2.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace lga::app {

void installTranslations()
{
    auto *english = new QTranslator(QCoreApplication::instance());
    if (english->load(QStringLiteral(":/i18n/localgov-author_en_GB.qm")))
        QCoreApplication::installTranslator(english);
}

} // namespace lga::app
