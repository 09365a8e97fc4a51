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

    QList<QAction *> all() const;

private:
    QAction *make(const QString &objectName, const QString &text, const QKeySequence &shortcut,
                  const QString &tip);
};

} // namespace lga::ui
