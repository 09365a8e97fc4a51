// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>

class QAction;

namespace lga::ui {

/// Every command of the main window, declared once with its text, shortcut and accessible
/// name; menus and the toolbar are built from these.
class AppActions : public QObject
{
    Q_OBJECT
public:
    explicit AppActions(QObject *parent = nullptr);

    QAction *newPage;
    QAction *duplicatePage;
    QAction *deletePage;
    QAction *saveNow;
    QAction *saveVersion;
    QAction *history;
    QAction *settings;
    QAction *quit;
    QAction *findPage;
    QAction *focusEditor;
    QAction *togglePreview;
    QAction *toggleFields;
    QAction *toggleChecks;
    QAction *toggleReviewQueue;
    QAction *nextFinding;
    QAction *previousFinding;
    QAction *runAudit;
    QAction *toggleSpelling;
    QAction *nextMisspelling;
    QAction *insertImage;
    QAction *insertDocument;
    QAction *mediaLibrary;
    QAction *about;
    QAction *connectToSite;
    QAction *syncNow;
    QAction *cancelSync;
    // Review decisions on the open page; the main window shows only those the user's roles
    // allow from the page's state.
    QAction *submitForReview;
    QAction *approve;
    QAction *sendBack;
    QAction *archive;
    QAction *whatChanged;

    QList<QAction *> all() const;

private:
    QAction *make(const QString &objectName, const QString &text, const QKeySequence &shortcut,
                  const QString &tip);
};

} // namespace lga::ui
