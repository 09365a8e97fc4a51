// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qtprinters.h"

#include <ui/previewview.h>

#include <QElapsedTimer>
#include <QTest>
#include <QVariant>

namespace lga::test {

/// Runs a script in the preview's app world and waits for its result (an invalid QVariant on
/// time-out). Tests read the real DOM with it.
inline QVariant evaluate(ui::PreviewView *preview, const QString &script, int timeoutMs = 10000)
{
    bool done = false;
    QVariant result;
    preview->runInAppWorld(script, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, timeoutMs);
    return result;
}

/// Waits until the preview's text contains `needle`.
inline bool waitForPreviewText(ui::PreviewView *preview, const QString &needle,
                               int timeoutMs = 15000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (preview->isReady() &&
            evaluate(preview, QStringLiteral("lga.text()")).toString().contains(needle))
            return true;
        QTest::qWait(50);
    }
    return false;
}

} // namespace lga::test
