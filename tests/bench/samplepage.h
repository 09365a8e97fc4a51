// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace lga::bench {

/// A realistic council page in Markdown of about `words` words: sections with headings,
/// paragraphs, lists, a table and links, built from varied sentences so no two blocks match.
inline QString councilPage(int words)
{
    const QStringList sentences = {
        QStringLiteral("You can apply online for a residents' parking permit if you live in a "
                       "controlled zone."),
        QStringLiteral("We collect green garden waste every other week from March to November."),
        QStringLiteral(
            "Tell us straight away if your circumstances change, as this may affect what you pay."),
        QStringLiteral(
            "Most planning applications are decided within 8 weeks of the date we receive them."),
        QStringLiteral("The library in Millbrook is open late on Thursdays until 7pm."),
        QStringLiteral("If your bin was not emptied, report it within 2 working days."),
        QStringLiteral("You will need your council tax account number, which is on your bill."),
        QStringLiteral(
            "Children born between 1 September and 31 August start school in the same year."),
    };
    QString page;
    int count = 0;
    int section = 0;
    int sentence = 0;
    auto wordsIn = [](const QString &s) {
        return int(s.count(u' ')) + 1;
    };
    while (count < words) {
        ++section;
        page += QStringLiteral("## Section %1: what you need to know\n\n").arg(section);
        count += 6;
        for (int p = 0; p < 3; ++p) {
            for (int s = 0; s < 4; ++s) {
                const QString &text = sentences.at(sentence++ % sentences.size());
                page += text + QLatin1Char(' ');
                count += wordsIn(text);
            }
            page += QStringLiteral("Read [the guidance for section %1](/guidance/%1) first.\n\n")
                        .arg(section);
            count += 7;
        }
        page +=
            QStringLiteral("- Bring proof of address\n- Bring photo ID\n- Pay the fee of £%1\n\n")
                .arg(section * 5);
        count += 14;
        if (section % 3 == 0) {
            page +=
                QStringLiteral(
                    "| Day | Bin | Colour |\n| --- | --- | --- |\n| Monday | Recycling | Blue |\n"
                    "| Thursday | General waste %1 | Black |\n\n")
                    .arg(section);
            count += 12;
        }
    }
    return page;
}

} // namespace lga::bench
