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
                                               const QString &message, bool offerRecovery)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("LocalGov Author cannot open your pages"));
    box.setText(tr("Your pages at %1 could not be opened.").arg(QDir::toNativeSeparators(path)));
    box.setInformativeText(
        message + QLatin1String("\n\n") +
        tr("Nothing has been changed or overwritten. You can open another store, try the app "
           "with a temporary store, or quit."));
    QPushButton *recover = nullptr;
    if (offerRecovery) {
        recover = box.addButton(tr("&Restore from backup"), QMessageBox::AcceptRole);
        recover->setAccessibleName(tr("Restore from backup"));
    }
    QPushButton *another = box.addButton(tr("&Open another store…"), QMessageBox::AcceptRole);
    QPushButton *temporary = box.addButton(tr("Use a &temporary store"), QMessageBox::ActionRole);
    QPushButton *quit = box.addButton(tr("&Quit"), QMessageBox::RejectRole);
    another->setAccessibleName(tr("Open another store"));
    temporary->setAccessibleName(tr("Use a temporary store"));
    quit->setAccessibleName(tr("Quit"));
    box.setDefaultButton(recover ? recover : quit);
    box.setEscapeButton(quit);
    box.exec();
    if (recover && box.clickedButton() == recover)
        return Recover;
    if (box.clickedButton() == another)
        return ChooseAnother;
    if (box.clickedButton() == temporary)
        return UseTemporary;
    return Quit;
}

void StoreErrorDialog::showRecovery(QWidget *parent, const QString &message,
                                    const QStringList &notRecovered)
{
    QMessageBox box(parent);
    box.setIcon(notRecovered.isEmpty() ? QMessageBox::Information : QMessageBox::Warning);
    box.setWindowTitle(tr("Your pages were restored from a backup"));
    box.setText(message);
    if (!notRecovered.isEmpty())
        box.setDetailedText(tr("Pages that could not be recovered:") + QLatin1Char('\n') +
                            notRecovered.join(QLatin1Char('\n')));
    box.exec();
}

} // namespace lga::ui
