// SPDX-License-Identifier: GPL-2.0-or-later
#include "ksyntaxhighlighteradapter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QGuiApplication>
#include <QPalette>
#include <QTextDocument>

namespace lga::ui {

namespace {

// Loading the definitions reads hundreds of XML files; do it once per process.
const KSyntaxHighlighting::Repository &repository()
{
    static const KSyntaxHighlighting::Repository instance;
    return instance;
}

} // namespace

QSyntaxHighlighter *createKSyntaxHighlighter(QTextDocument *document, bool html)
{
    const KSyntaxHighlighting::Repository &repo = repository();
    const auto definition =
        repo.definitionForName(html ? QStringLiteral("HTML") : QStringLiteral("Markdown"));
    if (!definition.isValid())
        return nullptr;
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    highlighter->setTheme(repo.themeForPalette(QGuiApplication::palette()));
    highlighter->setDefinition(definition);
    return highlighter;
}

} // namespace lga::ui
