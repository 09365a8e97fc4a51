// SPDX-License-Identifier: GPL-2.0-or-later
#include "application.h"

#include "seedpages.h"

#include <core/version.h>
#include <store/integritycheck.h>
#include <store/pagestore.h>
#include <store/seeder.h>
#include <store/storerecovery.h>
#include <sync/updatechecker.h>
#include <ui/mainwindow.h>
#include <ui/noticebar.h>
#include <ui/previewview.h>
#include <ui/storeerrordialog.h>
#include <ui/synccontroller.h>

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QWindow>

#include <cstdio>

namespace lga::app {

namespace {

void report(const char *what)
{
    std::printf("lga-ready %s\n", what);
    std::fflush(stdout);
}

} // namespace

Application::Application(const CommandLine &command)
    : m_command(command)
{
    QCoreApplication::setOrganizationName(QLatin1StringView(core::kSettingsOrganization));
    QCoreApplication::setApplicationName(QLatin1StringView(core::kSettingsApplication));
    QGuiApplication::setApplicationDisplayName(tr("LocalGov Author"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.localgovdrupal.Author"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/localgov-author.svg")));
}

Application::~Application() = default;

QString Application::defaultStorePath() const
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QLatin1String("/pages.sqlite");
}

QString Application::temporaryStorePath()
{
    m_temporary = std::make_unique<QTemporaryDir>();
    return m_temporary->filePath(QStringLiteral("demo.sqlite"));
}

void Application::checkForUpdates()
{
    // Once per run, after the window is up; asks nothing when policy or the user turned it off.
    if (m_updates)
        return;
    m_updates = new sync::UpdateChecker(new QNetworkAccessManager(this), this);
    connect(m_updates, &sync::UpdateChecker::updateAvailable, this,
            [this](const QString &, const QUrl &, const QString &, const QString &message) {
                if (m_window)
                    m_window->notices()->addNotice(message);
            });
    m_updates->check();
}

bool Application::unattended() const
{
    return m_command.quitWhenReady || !m_command.screenshot.isEmpty();
}

bool Application::openStore(const std::optional<store::StoreError> &damage, const QString &given)
{
    QString path = !given.isEmpty()                 ? given
                   : m_command.demo                 ? temporaryStorePath()
                   : !m_command.storePath.isEmpty() ? m_command.storePath
                                                    : defaultStorePath();
    std::optional<store::StoreError> pending = damage;
    for (;;) {
        QString message;
        bool damaged = true;
        if (pending) {
            message = pending->message;
            pending.reset();
        } else {
            auto store = std::make_unique<store::PageStore>();
            // The health check runs beside the open window (see showWindow), so a large store
            // shows its pages without first reading the whole file.
            store->setIntegrityCheckDeferred(true);
            if (store->open(path)) {
                m_store = std::move(store);
                break;
            }
            message = store->lastError().message;
            damaged = store->lastError().kind == store::StoreError::Corrupt;
        } // the store is closed here, which releases its lock before any recovery
        std::fprintf(stderr, "localgov-author: %s: %s\n",
                     qPrintable(QDir::toNativeSeparators(path)), qPrintable(message));
        if (unattended())
            return false; // Unattended runs never wait on a dialog.
        switch (ui::StoreErrorDialog::ask(nullptr, path, message, damaged)) {
        case ui::StoreErrorDialog::Recover: {
            const store::RecoveryResult result = store::StoreRecovery::recover(path);
            ui::StoreErrorDialog::showRecovery(nullptr, result.message, result.notRecovered);
            break;
        }
        case ui::StoreErrorDialog::ChooseAnother: {
            const QString chosen = QFileDialog::getSaveFileName(
                nullptr, tr("Open or create a store"), QFileInfo(path).absolutePath(),
                tr("LocalGov Author stores (*.sqlite)"), nullptr,
                QFileDialog::DontConfirmOverwrite);
            if (!chosen.isEmpty())
                path = chosen;
            break;
        }
        case ui::StoreErrorDialog::UseTemporary:
            path = temporaryStorePath();
            break;
        case ui::StoreErrorDialog::Quit:
            return false;
        }
    }
    // The window shows these in its notice bar; a run from a script sees them here.
    for (const store::StoreError &warning : m_store->openWarnings()) {
        std::fprintf(stderr, "localgov-author: %s: %s\n",
                     qPrintable(QDir::toNativeSeparators(path)), qPrintable(warning.message));
    }
    store::Seeder::seedIfEmpty(*m_store, seedPageFiles());
    return true;
}

int Application::exec()
{
    if (!openStore())
        return 1;
    showWindow();
    const int code = QApplication::exec();
    m_window.reset();
    return code;
}

void Application::showWindow()
{
    m_window = std::make_unique<ui::MainWindow>(*m_store);
    if (!m_command.site.isEmpty()) {
        // A preset for this session only (tools/run --demo): nothing is written to the settings
        // or the keychain, and the demo's password comes from the environment.
        sync::Credentials credentials;
        credentials.site = QUrl::fromUserInput(m_command.site);
        credentials.method = sync::AuthMethod::Basic;
        credentials.userName = QStringLiteral("editor");
        if (m_command.demo)
            credentials.password = qEnvironmentVariable("LGA_DEMO_PASSWORD");
        m_window->syncController()->setCredentials(credentials, false);
    }
    if (!m_command.page.isEmpty()) {
        const QList<core::PageSummary> pages = m_store->summaries();
        const auto named = std::find_if(pages.cbegin(), pages.cend(), [this](const auto &page) {
            return page.title.compare(m_command.page, Qt::CaseInsensitive) == 0;
        });
        if (named != pages.cend())
            m_window->openPage(named->uuid);
        else
            std::fprintf(stderr, "localgov-author: no page is called \"%s\"\n",
                         qPrintable(m_command.page));
    }
    connect(m_window->preview(), &ui::PreviewView::updated, this, &Application::onPreviewUpdated);
    m_window->show();
    if (!unattended())
        checkForUpdates();
    // The window counts as shown when the platform first exposes it (and so paints it).
    m_window->windowHandle()->installEventFilter(this);
    if (m_store->integrityCheckPending()) {
        if (!m_check) {
            m_check = new store::IntegrityCheck(this);
            connect(m_check, &store::IntegrityCheck::finished, this,
                    &Application::onIntegrityChecked);
        }
        m_check->start(m_store->path(), m_store->currentTime());
    }
}

void Application::onIntegrityChecked(const QStringList &problems, const QString &error,
                                     const QString &backupError)
{
    if (!m_store || !m_store->integrityCheckPending())
        return;
    if (problems.isEmpty() && error.isEmpty()) {
        m_store->integrityCheckPassed();
        if (!backupError.isEmpty()) {
            const QString warning = store::PageStore::backupWarning(backupError).message;
            std::fprintf(stderr, "localgov-author: %s\n", qPrintable(warning));
            m_window->notices()->addNotice(warning);
        }
        return;
    }
    // A check that could not even read the file is as worrying as one that found damage.
    const store::StoreError damage =
        m_store->damagedError(problems.isEmpty() ? QStringList{error} : problems);
    const QString path = m_store->path();
    // Whatever the author typed meanwhile is saved as the window closes; recovery then lists
    // every page changed since the backup it restores, so nothing goes unmentioned.
    QApplication::setQuitOnLastWindowClosed(false);
    if (!m_window->close()) {
        // The author chose to stay with text that could not be saved: keep it on screen and say
        // why, rather than close the window under them; they can copy it before quitting.
        QApplication::setQuitOnLastWindowClosed(true);
        m_window->notices()->addNotice(damage.message);
        return;
    }
    m_window.reset();
    m_store.reset();
    m_shownReported = m_readyReported = false;
    if (!openStore(damage, path)) {
        QApplication::exit(1);
        return;
    }
    showWindow();
    QApplication::setQuitOnLastWindowClosed(true);
}

bool Application::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Expose && !m_shownReported && m_window &&
        watched == m_window->windowHandle() && m_window->windowHandle()->isExposed()) {
        m_shownReported = true;
        if (m_command.printReady)
            report("shown");
    }
    return QObject::eventFilter(watched, event);
}

void Application::onPreviewUpdated()
{
    if (m_readyReported)
        return;
    m_readyReported = true;
    if (m_command.printReady)
        report("preview");
    if (!m_command.screenshot.isEmpty()) {
        // Give Chromium a moment to paint the patched page before grabbing it.
        QTimer::singleShot(1500, this, [this] {
            const bool ok = m_window->grab().save(m_command.screenshot);
            if (!ok)
                std::fprintf(stderr, "localgov-author: could not write %s\n",
                             qPrintable(m_command.screenshot));
            m_window->close();
        });
    } else if (m_command.quitWhenReady) {
        m_window->close();
    }
}

} // namespace lga::app
