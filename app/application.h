// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "commandline.h"

#include <QObject>

#include <memory>

class QTemporaryDir;

namespace lga::store {
class PageStore;
}
namespace lga::ui {
class MainWindow;
}

namespace lga::app {

/// Opens the store the command line names (the user's own by default), seeds a new one with
/// demo pages, and shows the main window. Owns everything the window works on.
class Application : public QObject
{
    Q_OBJECT
public:
    explicit Application(const CommandLine &command);
    ~Application() override;

    int exec();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool openStore();
    QString defaultStorePath() const;
    QString temporaryStorePath();
    void onPreviewUpdated();

    CommandLine m_command;
    std::unique_ptr<QTemporaryDir> m_temporary;
    std::unique_ptr<store::PageStore> m_store;
    std::unique_ptr<ui::MainWindow> m_window;
    bool m_shownReported = false;
    bool m_readyReported = false;
};

} // namespace lga::app
