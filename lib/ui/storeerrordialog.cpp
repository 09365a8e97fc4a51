// SPDX-License-Identifier: GPL-2.0-or-later
#include "storeerrordialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>

namespace lga::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("lga::ui::StoreErrorDialog", text);
}
} // namespace

StoreErrorDialog::Choice StoreErrorDialog::ask(QWidget *parent, const QString &path,
                                               const QString &message)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("LocalGov Author cannot open your pages"));
    box.setText(tr("Your pages at %1 could not be opened.").arg(QDir::toNativeSeparators(path)));
    box.setInformativeText(
        message + QLatin1String("\n\n") +
        tr("Nothing has been changed or overwritten. You can open another store, try the app "
           "with a temporary store, or quit."));
    QPushButton *another = box.addButton(tr("&Open another store…"), QMessageBox::AcceptRole);
    QPushButton *temporary = box.addButton(tr("Use a &temporary store"), QMessageBox::ActionRole);
    QPushButton *quit = box.addButton(tr("&Quit"), QMessageBox::RejectRole);
    another->setAccessibleName(tr("Open another store"));
    temporary->setAccessibleName(tr("Use a temporary store"));
    quit->setAccessibleName(tr("Quit"));
    box.setDefaultButton(quit);
    box.setEscapeButton(quit);
    box.exec();
    if (box.clickedButton() == another)
        return ChooseAnother;
    if (box.clickedButton() == temporary)
        return UseTemporary;
    return Quit;
}

} // namespace lga::ui
