// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkcommand.h"

#include <check/checker.h>
#include <check/checksettings.h>
#include <core/version.h>
#include <html/document.h>
#include <html/node.h>
#include <store/frontmatter.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <cmath>
#include <cstdio>
#include <memory>

namespace lga::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lga::app::CheckCommand", text);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "localgov-author: %s\n", qPrintable(message));
    return 2;
}

// The body to check and where it starts in the file, so that findings keep the file's lines.
struct Body
{
    core::Page page;
    int lineOffset = 0;
    // Added to the columns of the body's first line: `<main>` may start mid-line.
    int firstLineColumnOffset = 0;
};

html::Node findElement(html::Node node, QStringView tagName)
{
    if (!node.isElement())
        return {};
    if (node.tagName() == tagName)
        return node;
    for (const html::Node &child : node.children()) {
        const html::Node found = findElement(child, tagName);
        if (!found.isNull())
            return found;
    }
    return {};
}

// The offset just after the start tag that begins at `start`, skipping quoted attribute values.
qsizetype startTagEnd(const QByteArray &html, qsizetype start)
{
    char quote = 0;
    for (qsizetype i = start; i < html.size(); ++i) {
        const char c = html[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return i + 1;
        }
    }
    return html.size();
}

Body htmlBody(const QByteArray &bytes)
{
    Body body;
    body.page.format = core::SourceFormat::Html;
    const html::Document document = html::Document::fromUtf8(bytes);
    const html::Node main = findElement(document.root(), u"main");
    if (main.isNull() || !main.hasSourcePosition() || main.isParserInserted()) {
        body.page.body = QString::fromUtf8(bytes);
        return body;
    }
    const qsizetype start = startTagEnd(bytes, main.sourceOffset());
    const qsizetype end = main.endSourceOffset() > start ? main.endSourceOffset() : bytes.size();
    body.page.body = QString::fromUtf8(bytes.mid(start, end - start));
    const QByteArray before = bytes.left(start);
    body.lineOffset = int(before.count('\n'));
    body.firstLineColumnOffset =
        int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size());
    return body;
}

std::optional<Body> markdownBody(const QByteArray &bytes, QString *problem)
{
    Body body;
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    if (!text.startsWith(QLatin1StringView("---\n")) &&
        !text.startsWith(QLatin1StringView("---\r\n"))) {
        body.page.body = text;
        return body;
    }
    const std::optional<core::Page> page = store::FrontMatter::parse(text, problem);
    if (!page)
        return std::nullopt;
    body.page = *page;
    // The front matter keeps the body as it is in the file (with line feeds only), so it is
    // the file's tail.
    text.replace(QLatin1StringView("\r\n"), QLatin1StringView("\n"));
    if (text.endsWith(body.page.body))
        body.lineOffset = int(text.first(text.size() - body.page.body.size()).count(u'\n'));
    return body;
}

const char *severityName(check::Finding::Severity severity)
{
    switch (severity) {
    case check::Finding::Error:
        return "error";
    case check::Finding::Warning:
        return "warning";
    case check::Finding::Tip:
        break;
    }
    return "tip";
}

double oneDecimal(double value)
{
    return std::round(value * 10) / 10;
}

void print(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void printJson(const check::CheckResult &result)
{
    QJsonArray findings;
    for (const check::Finding &finding : result.findings) {
        findings.append(QJsonObject{
            {QStringLiteral("rule"), finding.ruleId},
            {QStringLiteral("severity"), QString::fromLatin1(severityName(finding.severity))},
            {QStringLiteral("wcag"), finding.wcag},
            {QStringLiteral("axe"), finding.axeRule},
            {QStringLiteral("line"), finding.line},
            {QStringLiteral("column"), finding.column},
            {QStringLiteral("message"), finding.message},
        });
    }
    const check::Readability &r = result.readability;
    const QJsonObject readability{
        {QStringLiteral("words"), r.words},
        {QStringLiteral("sentences"), r.sentences},
        {QStringLiteral("fleschReadingEase"),
         r.hasScore() ? QJsonValue(oneDecimal(r.fleschReadingEase)) : QJsonValue()},
        {QStringLiteral("readingAge"), r.hasScore() ? QJsonValue(r.readingAge) : QJsonValue()},
        {QStringLiteral("averageSentenceWords"), oneDecimal(r.averageSentenceWords())},
    };
    const QJsonObject root{{QStringLiteral("findings"), findings},
                           {QStringLiteral("readability"), readability}};
    const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
}

void printPlain(const QString &file, const check::CheckResult &result)
{
    for (const check::Finding &finding : result.findings) {
        // A page-level finding has no position, as compilers print file-level diagnostics.
        const QString where =
            finding.line > 0
                ? QStringLiteral("%1:%2:%3").arg(file).arg(finding.line).arg(finding.column)
                : file;
        print(QStringLiteral("%1: %2: %3 [%4]\n")
                  .arg(where, QString::fromLatin1(severityName(finding.severity)), finding.message,
                       finding.ruleId));
    }
    const check::Readability &r = result.readability;
    const QString figures =
        r.hasScore()
            ? tr("Flesch reading ease %1, reading age %2, %3 words in %4 sentences (%5 words a "
                 "sentence)")
                  .arg(QString::number(r.fleschReadingEase, 'f', 1))
                  .arg(r.readingAge)
                  .arg(r.words)
                  .arg(r.sentences)
                  .arg(QString::number(r.averageSentenceWords(), 'f', 1))
            : tr("too few words to score (%1 words, %2 needed)")
                  .arg(r.words)
                  .arg(check::Readability::MinimumWords);
    print(QStringLiteral("%1: %2: %3\n").arg(file, tr("readability"), figures));
}

} // namespace

int CheckCommand::run(const Options &options)
{
    QFile in(options.file);
    if (!in.open(QIODevice::ReadOnly))
        return fail(tr("cannot read %1: %2").arg(options.file, in.errorString()));
    QByteArray bytes = in.readAll();
    if (bytes.startsWith("\xef\xbb\xbf"))
        bytes.remove(0, 3);

    std::unique_ptr<QSettings> settings;
    if (options.settingsFile.isEmpty()) {
        // The names the app gives itself, so that the same settings apply: the user's, then
        // the system-wide ones an admin presets.
        QCoreApplication::setOrganizationName(QLatin1StringView(core::kSettingsOrganization));
        QCoreApplication::setApplicationName(QLatin1StringView(core::kSettingsApplication));
        settings = std::make_unique<QSettings>();
    } else {
        const QFileInfo info(options.settingsFile);
        if (!info.isFile() || !info.isReadable())
            return fail(tr("cannot read the settings file %1").arg(options.settingsFile));
        settings = std::make_unique<QSettings>(options.settingsFile, QSettings::IniFormat);
        if (settings->status() != QSettings::NoError)
            return fail(tr("cannot read the settings file %1").arg(options.settingsFile));
    }
    const check::CheckSettings checkSettings = check::CheckSettings::fromSettings(*settings);

    const QString suffix = QFileInfo(options.file).suffix().toLower();
    std::optional<Body> body;
    if (suffix == u"html" || suffix == u"htm") {
        body = htmlBody(bytes);
    } else {
        QString problem;
        body = markdownBody(bytes, &problem);
        if (!body)
            return fail(QStringLiteral("%1: %2").arg(options.file, problem));
    }

    check::CheckResult result = check::Checker(checkSettings).run(body->page);
    for (check::Finding &finding : result.findings) {
        if (finding.line < 1)
            continue;
        if (finding.line == 1)
            finding.column += body->firstLineColumnOffset;
        if (finding.endLine == 1)
            finding.endColumn += body->firstLineColumnOffset;
        finding.line += body->lineOffset;
        finding.endLine += body->lineOffset;
    }

    if (options.json)
        printJson(result);
    else
        printPlain(options.file, result);
    std::fflush(stdout);
    return result.count(check::Finding::Error) > 0 ? 1 : 0;
}

} // namespace lga::app
