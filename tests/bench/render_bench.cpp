// SPDX-License-Identifier: GPL-2.0-or-later
// Renders a realistic 5,000-word council page the way the app does, for the site (Markdown ->
// sanitized HTML) and for the preview (with positions, cut into blocks), and prints the median
// time of each. Target: render_5k_words_ms <= 2 ms.
#include "picker.h"

#include <render/bodyrenderer.h>
#include <render/previewblocks.h>

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace lga;

namespace {

using bench::Picker;

const char *const sentences[] = {
    "Your bins are collected on the same day every week, including most bank holidays.",
    "Put your bin out by 7am on collection day with the lid closed.",
    "If your collection is missed, tell us within two working days and we will return.",
    "Garden waste collections run from March to November for households who subscribe.",
    "You can apply for a resident parking permit online, by phone or at the customer centre.",
    "Permits cost £45 a year, or £25 for a low-emission vehicle.",
    "Council tax bills are sent out in March and cover April to the following March.",
    "You may get a discount of 25% if you are the only adult living in your home.",
    "Planning applications can be viewed and commented on for 21 days after they are validated.",
    "Libraries offer free computer use, Wi-Fi and help with online forms.",
    "Report a pothole with a photo and its location so our inspectors can find it quickly.",
    "We aim to repair dangerous potholes within 24 hours and others within 28 days.",
    "School admission applications for September close on 15 January.",
    "Housing benefit can help you pay your rent if you are on a low income.",
    "You must register to vote before you can vote in local and national elections.",
    "Recycling centres are open every day except Christmas Day, Boxing Day and New Year's Day.",
    "Bring proof of address, such as a council tax bill, when you visit a recycling centre.",
    "Food waste is collected weekly in the small green caddy.",
    "Large items such as sofas and fridges can be collected for a fee.",
    "Contact us if you need information in another format, such as large print or Braille.",
};

const char *const links[] = {
    "[apply online](https://www.example.gov.uk/apply)",
    "[report it](https://www.example.gov.uk/report)",
    "[pay your bill](/council-tax/pay)",
    "[contact us](mailto:enquiries@example.gov.uk)",
    "[opening hours](/libraries/opening-hours)",
    "www.example.gov.uk/bins",
};

int wordCount(const QString &text)
{
    return int(text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
}

QString councilPage(int targetWords)
{
    Picker pick;
    QString page;
    int words = 0;
    int section = 0;
    const auto sentence = [&pick] {
        return QString::fromUtf8(sentences[pick.next(20)]);
    };
    while (words < targetWords) {
        const QString heading = QStringLiteral("## Section %1: %2\n\n")
                                    .arg(++section)
                                    .arg(sentence().section(QLatin1Char(' '), 0, 3));
        page += heading;
        words += wordCount(heading) - 1;
        for (int paragraph = 0; paragraph < 3 && words < targetWords; ++paragraph) {
            QString text;
            const int count = 2 + pick.next(3);
            for (int i = 0; i < count; ++i) {
                QString s = sentence();
                if (pick.next(4) == 0)
                    s.replace(QStringLiteral("online"), QStringLiteral("**online**"));
                if (pick.next(5) == 0)
                    s += QStringLiteral(" See ") + QString::fromUtf8(links[pick.next(6)]) +
                         QLatin1Char('.');
                if (pick.next(7) == 0)
                    s.replace(QStringLiteral("must"), QStringLiteral("*must*"));
                text += (i ? QStringLiteral(" ") : QString()) + s;
            }
            page += text + QStringLiteral("\n\n");
            words += wordCount(text);
        }
        if (section % 3 == 1) {
            QString list;
            for (int i = 0; i < 4; ++i)
                list += QStringLiteral("- ") + sentence() + QLatin1Char('\n');
            page += list + QLatin1Char('\n');
            words += wordCount(list) - 4;
        }
        if (section % 4 == 2) {
            page += QStringLiteral("1. Check you are eligible\n2. Gather your documents\n"
                                   "3. Apply online and keep your reference number\n\n");
            words += 14;
        }
        if (section == 5) {
            page += QStringLiteral("| Service | Cost | When |\n|:--|--:|:--|\n"
                                   "| Resident permit | £45 | Yearly |\n"
                                   "| Visitor permit | £2.50 | Per day |\n"
                                   "| Garden waste | £50 | March to November |\n"
                                   "| Bulky item | £25 | On request |\n\n");
            words += 30;
        }
        if (section % 6 == 3) {
            page += QStringLiteral("> ") + sentence() + QStringLiteral("\n\n");
            words += 12;
        }
    }
    return page;
}

double medianMs(const std::function<void()> &run, int warmup, int runs)
{
    for (int i = 0; i < warmup; ++i)
        run();
    QList<qint64> nanos;
    nanos.reserve(runs);
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        run();
        nanos.append(timer.nsecsElapsed());
    }
    std::sort(nanos.begin(), nanos.end());
    return double(nanos[runs / 2]) / 1e6;
}

} // namespace

int main()
{
    const QString page = councilPage(5000);
    // To see what is measured: LGA_BENCH_DUMP=1 lga_bench_render 2>page.md
    if (qEnvironmentVariableIsSet("LGA_BENCH_DUMP"))
        std::fputs(page.toUtf8().constData(), stderr);
    qsizetype sink = 0;
    const double body = medianMs(
        [&] {
            sink +=
                render::BodyRenderer::bodyHtml(page, core::SourceFormat::Markdown, false).size();
        },
        20, 200);
    const double preview = medianMs(
        [&] { sink += render::PreviewBlocks::render(page, core::SourceFormat::Markdown).size(); },
        20, 200);
    std::printf("render_5k_words_ms %.3f ms\n", body);
    std::printf("render_5k_words_preview_ms %.3f ms\n", preview);
    return sink > 0 ? 0 : 1;
}
