// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QTableWidget;

namespace lga::ui {

/// Help → About LocalGov Author: the version, the licence, the home page and the libraries the
/// app uses with their versions and licences, with a button that copies it all as plain text
/// for a support call.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    /// One library the app is built on.
    struct Library
    {
        QString name;
        /// The version the running app uses, or the one it was built with when the library
        /// cannot tell at run time (then builtWith is true).
        QString version;
        bool builtWith = false;
        QString licence;
    };

    explicit AboutDialog(QWidget *parent = nullptr);

    /// The libraries, in the order the dialog lists them.
    static QList<Library> libraries();
    /// Everything the dialog shows plus the system it runs on, as plain text.
    static QString details();

private:
    void fillTable();
    void copyDetails();

    QTableWidget *m_table = nullptr;
};

} // namespace lga::ui
