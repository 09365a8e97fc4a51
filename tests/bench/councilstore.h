// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "picker.h"
#include "samplepage.h"

#include <core/contenttype.h>
#include <core/page.h>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <algorithm>

namespace lga::bench {

inline const QStringList &councilTopics()
{
    static const QStringList list = {
        QStringLiteral("Council tax"),         QStringLiteral("Bin collections"),
        QStringLiteral("Parking permits"),     QStringLiteral("Planning applications"),
        QStringLiteral("Libraries"),           QStringLiteral("School admissions"),
        QStringLiteral("Housing benefit"),     QStringLiteral("Garden waste"),
        QStringLiteral("Births and deaths"),   QStringLiteral("Licensing"),
        QStringLiteral("Roads and pavements"), QStringLiteral("Leisure centres"),
        QStringLiteral("Adult social care"),   QStringLiteral("Recycling centres"),
        QStringLiteral("Business rates"),      QStringLiteral("Allotments"),
    };
    return list;
}

inline const QStringList &councilPlaces()
{
    static const QStringList list = {
        QStringLiteral("Millbrook"),   QStringLiteral("Ashwick"),   QStringLiteral("Hollowfield"),
        QStringLiteral("Eastmoor"),    QStringLiteral("Kingsmead"), QStringLiteral("Riverside"),
        QStringLiteral("Stonebridge"), QStringLiteral("Westford"),
    };
    return list;
}

/// The day the generated review dates are spread around; benchmarks use it as "today".
inline QDate councilToday()
{
    return QDate(2024, 6, 1);
}

/// \a count realistic council pages of every content type, 150 to 1,500 words each, the same on
/// every run. Two in three pages have a review date, from two months overdue to a year ahead.
inline QList<core::Page> councilPages(int count)
{
    Picker pick;
    // Review dates come from a generator of their own, so the text is the same as before
    // review dates existed and search figures stay comparable between versions.
    Picker pickReview;
    const QList<core::ContentType> types = core::contentTypes();
    QList<core::Page> pages;
    pages.reserve(count);
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000LL, Qt::UTC);
    for (int i = 0; i < count; ++i) {
        core::Page page = core::Page::create(types.at(pick.next(types.size())).bundle);
        const QString &topic = councilTopics().at(pick.next(councilTopics().size()));
        const QString &place = councilPlaces().at(pick.next(councilPlaces().size()));
        page.title = QStringLiteral("%1 in %2 (%3)").arg(topic, place).arg(i);
        page.summary = QStringLiteral("How to find out about %1 in %2 and what to do next.")
                           .arg(topic.toLower(), place);
        page.body = councilPage(150 + pick.next(1350));
        page.body += QStringLiteral("\n\nContact the %1 team at the %2 office.\n")
                         .arg(topic.toLower(), place);
        page.state = core::ModerationState(pick.next(4));
        page.created = start.addSecs(i * 60);
        page.updated = page.created;
        if (pickReview.next(3) != 0)
            page.reviewDate = councilToday().addDays(pickReview.next(425) - 60);
        pages.append(page);
    }
    return pages;
}

/// The \a p-th quantile (0 to 1) of \a values, by the nearest rank.
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min(values.size() - 1, qsizetype(p * double(values.size())));
    return values.at(index);
}

} // namespace lga::bench
