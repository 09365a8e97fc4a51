// SPDX-License-Identifier: GPL-2.0-or-later
#include "appactions.h"

#include <QAction>
#include <QKeySequence>

namespace lga::ui {

AppActions::AppActions(QObject *parent)
    : QObject(parent)
{
    newPage = make(QStringLiteral("actionNewPage"), tr("&New page"), QKeySequence::New,
                   tr("Create a new draft page"));
    duplicatePage = make(QStringLiteral("actionDuplicatePage"), tr("&Duplicate page"),
                         QKeySequence(tr("Ctrl+Shift+D")), tr("Make a draft copy of this page"));
    deletePage =
        make(QStringLiteral("actionDeletePage"), tr("De&lete page…"),
             QKeySequence(tr("Ctrl+Shift+Del")), tr("Delete this page from this computer"));
    saveNow = make(QStringLiteral("actionSave"), tr("&Save now"), QKeySequence::Save,
                   tr("Pages save automatically; this saves at once"));
    saveVersion = make(QStringLiteral("actionSaveVersion"), tr("Save &version…"),
                       QKeySequence(tr("Ctrl+Alt+S")),
                       tr("Keep this state of the page in its history, with a note"));
    history =
        make(QStringLiteral("actionHistory"), tr("Page &history…"), QKeySequence(tr("Ctrl+H")),
             tr("See earlier versions of this page, what changed, and restore one"));
    settings = make(QStringLiteral("actionSettings"), tr("Se&ttings…"), QKeySequence::Preferences,
                    tr("The site, review, language and update settings"));
    settings->setMenuRole(QAction::PreferencesRole);
    quit = make(QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit,
                tr("Save and close LocalGov Author"));
    findPage = make(QStringLiteral("actionFindPage"), tr("&Find page"), QKeySequence(tr("Ctrl+P")),
                    tr("Move to the page filter"));
    focusEditor = make(QStringLiteral("actionFocusEditor"), tr("Go to &body"),
                       QKeySequence(tr("Ctrl+E")), tr("Move to the page body editor"));
    togglePreview = make(QStringLiteral("actionTogglePreview"), tr("Show &preview"),
                         QKeySequence(tr("F8")), tr("Show or hide the live preview"));
    togglePreview->setCheckable(true);
    togglePreview->setChecked(true);
    toggleFields =
        make(QStringLiteral("actionToggleFields"), tr("Show page &fields"), QKeySequence(tr("F9")),
             tr("Show or hide the page's fields: top tasks, parent page, dates"));
    toggleFields->setCheckable(true);
    toggleFields->setChecked(true);
    // F7 is where word processors put proofing; F8 is already the preview's.
    toggleChecks =
        make(QStringLiteral("actionToggleChecks"), tr("Show &accessibility and plain English"),
             QKeySequence(tr("F7")), tr("Show or hide the checker's findings for this page"));
    toggleChecks->setCheckable(true);
    toggleChecks->setChecked(true);
    // R for review; Ctrl+Shift+R is free in the editor too.
    toggleReviewQueue =
        make(QStringLiteral("actionToggleReviewQueue"), tr("Show &review queue"),
             QKeySequence(tr("Ctrl+Shift+R")), tr("Show or hide the pages waiting for review"));
    toggleReviewQueue->setCheckable(true);
    toggleReviewQueue->setChecked(false);
    nextFinding =
        make(QStringLiteral("actionNextFinding"), tr("&Next finding"), QKeySequence(tr("F4")),
             tr("Select the next accessibility or plain English finding in the text"));
    previousFinding =
        make(QStringLiteral("actionPreviousFinding"), tr("Pre&vious finding"),
             QKeySequence(tr("Shift+F4")),
             tr("Select the previous accessibility or plain English finding in the text"));
    runAudit = make(QStringLiteral("actionRunAudit"), tr("Run full &audit"),
                    QKeySequence(tr("Ctrl+Shift+A")),
                    tr("Check the previewed page against WCAG with axe-core, as the site will show "
                       "it"));
    toggleSpelling = make(QStringLiteral("actionToggleSpelling"), tr("Check &spelling as you type"),
                          QKeySequence(),
                          tr("Underline words not in the British English "
                             "dictionary"));
    toggleSpelling->setCheckable(true);
    toggleSpelling->setChecked(true);
    nextMisspelling =
        make(QStringLiteral("actionNextMisspelling"), tr("Next spelling &mistake"),
             QKeySequence(tr("Shift+F7")), tr("Select the next word not in the dictionary"));
    insertImage = make(QStringLiteral("actionInsertImage"), tr("Insert &image…"),
                       QKeySequence(tr("Ctrl+Shift+I")),
                       tr("Add an image from a file at the cursor, with its alt text"));
    insertDocument = make(QStringLiteral("actionInsertDocument"), tr("Insert &document link…"),
                          QKeySequence(), tr("Add a link to a PDF or Word document at the cursor"));
    mediaLibrary = make(QStringLiteral("actionMediaLibrary"), tr("&Media library…"), QKeySequence(),
                        tr("See the images and documents in this store and edit their alt text"));
    about = make(QStringLiteral("actionAbout"), tr("&About LocalGov Author"), QKeySequence(),
                 tr("Version, licence and the libraries used"));
    about->setMenuRole(QAction::AboutRole);
    connectToSite =
        make(QStringLiteral("actionConnectToSite"), tr("&Connect to site…"), QKeySequence(),
             tr("Choose the LocalGov Drupal site to sync with and sign in to it"));
    syncNow =
        make(QStringLiteral("actionSyncNow"), tr("S&ync now"), QKeySequence(tr("Ctrl+Shift+Y")),
             tr("Bring in the site's changes and send this computer's changes to the site"));
    cancelSync = make(QStringLiteral("actionCancelSync"), tr("C&ancel sync"), QKeySequence(),
                      tr("Stop the sync; what was already brought in or sent stays so"));
    cancelSync->setEnabled(false);
    // Ctrl+Alt with the decision's letter: Ctrl+Shift+R and Ctrl+Shift+A are taken by the
    // review queue and the audit, and Ctrl+Alt+S by Save version.
    submitForReview = make(QStringLiteral("actionSubmitForReview"), tr("Submit for &review…"),
                           QKeySequence(tr("Ctrl+Alt+R")),
                           tr("Ask an editor to approve this page, with a message"));
    approve = make(QStringLiteral("actionApprove"), tr("&Approve and publish…"),
                   QKeySequence(tr("Ctrl+Alt+A")), tr("Publish this page on the site"));
    sendBack =
        make(QStringLiteral("actionSendBack"), tr("Send &back…"), QKeySequence(tr("Ctrl+Alt+B")),
             tr("Return this page to its author as a draft, saying what to change"));
    archive = make(QStringLiteral("actionArchive"), tr("Arc&hive…"), QKeySequence(tr("Ctrl+Alt+X")),
                   tr("Take this page off the site and keep it archived"));
    whatChanged = make(QStringLiteral("actionWhatChanged"), tr("What &changed…"),
                       QKeySequence(tr("Ctrl+Alt+W")),
                       tr("Compare this page with the version published on the site"));
}

QAction *AppActions::make(const QString &objectName, const QString &text,
                          const QKeySequence &shortcut, const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setStatusTip(tip);
    action->setToolTip(shortcut.isEmpty()
                           ? tip
                           : tr("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    return action;
}

QList<QAction *> AppActions::all() const
{
    return {newPage,        duplicatePage,     deletePage,  saveNow,         settings,
            quit,           findPage,          focusEditor, togglePreview,   toggleFields,
            toggleChecks,   toggleReviewQueue, nextFinding, previousFinding, insertImage,
            insertDocument, mediaLibrary,      about,       connectToSite,   syncNow,
            cancelSync,     submitForReview,   approve,     sendBack,        archive,
            whatChanged};
}

} // namespace lga::ui
