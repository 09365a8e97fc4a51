// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

namespace lga::ui {

/// Process-wide settings for Qt WebEngine, made before the QApplication exists. The app, the GUI
/// tests and the benchmarks all call it, so they measure and test the same configuration.
class WebEngineEnvironment
{
public:
    static void prepare();
};

} // namespace lga::ui
