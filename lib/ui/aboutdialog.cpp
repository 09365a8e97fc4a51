// SPDX-License-Identifier: GPL-2.0-or-later
#include "aboutdialog.h"

#include "syntaxhighlighting.h"

#include <core/version.h>

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtWebEngineCore/qtwebenginecoreglobal.h>

#include <cmark-gfm.h>
#include <sqlite3.h>

// The build passes the versions of the libraries that cannot report their own at run time.
#ifndef LGA_GUMBO_VERSION
#define LGA_GUMBO_VERSION ""
#endif
#ifndef LGA_HUNSPELL_VERSION
#define LGA_HUNSPELL_VERSION ""
#endif
#ifndef LGA_QTKEYCHAIN_VERSION
#define LGA_QTKEYCHAIN_VERSION ""
#endif
#ifndef LGA_KSYNTAXHIGHLIGHTING_VERSION
#define LGA_KSYNTAXHIGHLIGHTING_VERSION ""
#endif
#ifndef LGA_HOMEPAGE_URL
#define LGA_HOMEPAGE_URL "https://localgovdrupal.org"
#endif

namespace lga::ui {

namespace {

const auto kLicenceUrl =
    QLatin1StringView("https://www.gnu.org/licenses/old-licenses/gpl-2.0.html");

QString homePage()
{
    return QString::fromLatin1(LGA_HOMEPAGE_URL);
}

// axe-core is embedded as a resource; its first line names its version ("/*! axe v4.14.1").
QString axeVersion()
{
    QFile script(QStringLiteral(":/axe/axe.min.js"));
    if (!script.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression pattern(QStringLiteral("axe v(\\d+(?:\\.\\d+)+)"));
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(script.read(200)));
    return match.hasMatch() ? match.captured(1) : QString();
}

QString versionText(const AboutDialog::Library &library)
{
    if (library.version.isEmpty())
        return AboutDialog::tr("unknown");
    return library.builtWith ? AboutDialog::tr("%1 (built with)").arg(library.version)
                             : library.version;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About LocalGov Author"));
    setAccessibleName(tr("About LocalGov Author"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/localgov-author.svg")).pixmap(64, 64));
    icon->setAccessibleName(tr("LocalGov Author logo"));

    auto *name = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("LocalGov Author")), this);
    name->setObjectName(QStringLiteral("aboutName"));
    name->setAccessibleName(tr("Application name"));

    auto *version = new QLabel(tr("Version %1").arg(QString::fromLatin1(core::kVersion)), this);
    version->setObjectName(QStringLiteral("aboutVersion"));
    version->setAccessibleName(tr("Version"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *description = new QLabel(tr("Write and check council web pages offline, then publish "
                                      "them to a LocalGov Drupal site."),
                                   this);
    description->setObjectName(QStringLiteral("aboutDescription"));
    description->setWordWrap(true);
    description->setAccessibleName(tr("What LocalGov Author does"));

    auto *licence = new QLabel(
        tr("LocalGov Author is free software: you can share and change it under the GNU General "
           "Public Licence, version 2 or (at your choice) any later version "
           "(GPL-2.0-or-later). It comes with no warranty. <a href=\"%1\">Read the licence</a>.")
            .arg(kLicenceUrl),
        this);
    licence->setObjectName(QStringLiteral("aboutLicence"));
    licence->setWordWrap(true);
    licence->setOpenExternalLinks(true);
    licence->setTextInteractionFlags(Qt::TextBrowserInteraction);
    licence->setAccessibleName(tr("Licence"));

    auto *home =
        new QLabel(tr("Home page: <a href=\"%1\">%1</a>").arg(homePage().toHtmlEscaped()), this);
    home->setObjectName(QStringLiteral("aboutHomePage"));
    home->setOpenExternalLinks(true);
    home->setTextInteractionFlags(Qt::TextBrowserInteraction);
    home->setAccessibleName(tr("Home page"));

    auto *tableLabel = new QLabel(tr("&Libraries used:"), this);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("aboutLibraries"));
    m_table->setAccessibleName(tr("Libraries used, with their versions and licences"));
    tableLabel->setBuddy(m_table);
    fillTable();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("aboutCopyDetails"));
    copy->setAccessibleName(tr("Copy details"));
    copy->setToolTip(tr("Copy the version, the system and the libraries, to paste into a "
                        "message to your support desk"));
    copy->setAutoDefault(false);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setAccessibleName(tr("Close"));
    connect(copy, &QPushButton::clicked, this, [this, copy] {
        copyDetails();
        copy->setText(tr("Copied"));
        QTimer::singleShot(2000, copy, [copy] { copy->setText(tr("&Copy details")); });
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *heading = new QVBoxLayout;
    heading->addWidget(name);
    heading->addWidget(version);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(heading, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(description);
    layout->addWidget(licence);
    layout->addWidget(home);
    layout->addWidget(tableLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(640, 560);
    close->setFocus();
}

QList<AboutDialog::Library> AboutDialog::libraries()
{
    QList<Library> list{
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), false,
         QStringLiteral("LGPL-3.0-only")},
        {QStringLiteral("Qt WebEngine"), QString::fromLatin1(qWebEngineVersion()), false,
         QStringLiteral("LGPL-3.0-only")},
        {QStringLiteral("Chromium (in Qt WebEngine)"),
         QString::fromLatin1(qWebEngineChromiumVersion()), false, tr("BSD-3-Clause and others")},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()), false,
         tr("Public domain")},
        {QStringLiteral("cmark-gfm"), QString::fromLatin1(cmark_version_string()), false,
         QStringLiteral("BSD-2-Clause")},
        {QStringLiteral("gumbo"), QString::fromLatin1(LGA_GUMBO_VERSION), true,
         QStringLiteral("Apache-2.0")},
        {QStringLiteral("Hunspell"), QString::fromLatin1(LGA_HUNSPELL_VERSION), true,
         QStringLiteral("MPL-1.1 / GPL-2.0 / LGPL-2.1")},
        {QStringLiteral("QtKeychain"), QString::fromLatin1(LGA_QTKEYCHAIN_VERSION), true,
         QStringLiteral("BSD-3-Clause")},
        {QStringLiteral("axe-core"), axeVersion(), false, QStringLiteral("MPL-2.0")},
    };
#ifdef LGA_HAVE_KSYNTAXHIGHLIGHTING
    list.append({QStringLiteral("KSyntaxHighlighting"),
                 QString::fromLatin1(LGA_KSYNTAXHIGHLIGHTING_VERSION), true,
                 QStringLiteral("MIT")});
#endif
    return list;
}

QString AboutDialog::details()
{
    QStringList lines{
        QStringLiteral("%1 %2").arg(QString::fromLatin1(core::kAppName),
                                    QString::fromLatin1(core::kVersion)),
        homePage(),
        tr("Licence: %1").arg(QStringLiteral("GPL-2.0-or-later")),
        tr("System: %1, kernel %2, %3")
            .arg(QSysInfo::prettyProductName(), QSysInfo::kernelVersion(),
                 QSysInfo::currentCpuArchitecture()),
        tr("Display: %1").arg(QGuiApplication::platformName()),
        tr("Interface language: %1").arg(QLocale().name()),
        tr("Syntax highlighting: %1").arg(QString::fromLatin1(highlightingEngine())),
        tr("Libraries:"),
    };
    for (const Library &library : libraries())
        lines.append(QStringLiteral("  %1 %2 (%3)")
                         .arg(library.name, versionText(library), library.licence));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void AboutDialog::fillTable()
{
    const QList<Library> list = libraries();
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Library"), tr("Version"), tr("Licence")});
    m_table->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const Library &library = list.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(library.name));
        m_table->setItem(row, 1, new QTableWidgetItem(versionText(library)));
        m_table->setItem(row, 2, new QTableWidgetItem(library.licence));
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
}

void AboutDialog::copyDetails()
{
    QGuiApplication::clipboard()->setText(details());
}

} // namespace lga::ui
