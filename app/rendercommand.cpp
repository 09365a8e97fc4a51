// SPDX-License-Identifier: GPL-2.0-or-later
#include "rendercommand.h"

#include <render/bodyrenderer.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace lga::app {

int RenderCommand::run(const QString &file)
{
    QFile in(file);
    if (file == QLatin1String("-") ? !in.open(stdin, QIODevice::ReadOnly)
                                   : !in.open(QIODevice::ReadOnly)) {
        std::fprintf(
            stderr, "localgov-author: %s\n",
            qPrintable(QCoreApplication::translate("lga::app::RenderCommand", "cannot read %1: %2")
                           .arg(file, in.errorString())));
        return 2;
    }
    const QString source = QString::fromUtf8(in.readAll());
    const QString suffix = QFileInfo(file).suffix().toLower();
    const auto format = (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
                            ? core::SourceFormat::Html
                            : core::SourceFormat::Markdown;
    const QByteArray html = render::BodyRenderer::bodyHtml(source, format, false).toUtf8();
    std::fwrite(html.constData(), 1, size_t(html.size()), stdout);
    return 0;
}

} // namespace lga::app
