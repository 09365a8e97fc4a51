// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "commandline.h"

#include <store/storeerror.h>

#include <QObject>

#include <memory>
#include <optional>

class QTemporaryDir;

namespace lga::store {
class IntegrityCheck;
class PageStore;
} // namespace lga::store
namespace lga::sync {
class UpdateChecker;
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
    /// Opens the store, asking the user what to do when it cannot be opened. With \a damage set,
    /// starts from that problem with the store at \a path instead of opening it first.
    bool openStore(const std::optional<store::StoreError> &damage = std::nullopt,
                   const QString &path = {});
    void showWindow();
    /// Says in the notice bar when a newer version is out (Updates/DisableCheck turns it off).
    void checkForUpdates();
    void onIntegrityChecked(const QStringList &problems, const QString &error,
                            const QString &backupError);
    bool unattended() const;
    QString defaultStorePath() const;
    QString temporaryStorePath();
    void onPreviewUpdated();

    CommandLine m_command;
    std::unique_ptr<QTemporaryDir> m_temporary;
    std::unique_ptr<store::PageStore> m_store;
    std::unique_ptr<ui::MainWindow> m_window;
    store::IntegrityCheck *m_check = nullptr;
    sync::UpdateChecker *m_updates = nullptr;
    bool m_shownReported = false;
    bool m_readyReported = false;
};

} // namespace lga::app
