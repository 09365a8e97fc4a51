// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <check/finding.h>
#include <check/repairs.h>

#include <core/page.h>

#include <QObject>
#include <QPixmap>
#include <QUrl>

#include <functional>

class QWidget;

namespace lga::ui {

class SourceEditor;

/// Carries out a finding's repair in the body editor: one-click repairs at once, guided ones
/// after asking the author (write alt text, rewrite link text). Each repair is one undo step.
class RepairController : public QObject
{
    Q_OBJECT
public:
    /// Dialogs open over `dialogParent`.
    RepairController(SourceEditor *editor, QWidget *dialogParent, QObject *parent = nullptr);

    /// What a linked document is, for "add the file type and size": type ("PDF") and size in
    /// bytes, or an empty type when unknown. The app looks in its media library.
    using DocumentLookup = std::function<std::pair<QString, qint64>(const QUrl &)>;
    void setDocumentLookup(DocumentLookup lookup);
    /// The title of the page a link points to, offered as link text; empty when unknown.
    using TitleLookup = std::function<QString(const QUrl &)>;
    void setTitleLookup(TitleLookup lookup);

    /// The image at an address, shown in the alt text prompt; a null pixmap when unknown.
    /// Optional.
    using ImageLoader = std::function<QPixmap(const QUrl &)>;
    void setImageLoader(ImageLoader loader);
    /// Whether the editor holds Markdown or HTML (the editor does not say).
    void setFormat(core::SourceFormat format) { m_format = format; }

    /// Runs `actionId` for `finding` on the editor's current text. Returns whether the text
    /// changed (false when the author cancelled a prompt or the text moved on).
    ///
    /// "add-file-info" takes the type and size from the DocumentLookup; when it knows no size,
    /// the author is asked for it ("1.2 MB"), with the type taken from the address.
    bool repair(const check::Finding &finding, const QString &actionId);

Q_SIGNALS:
    /// The text changed through a repair (the checker should run again at once).
    void repaired(const check::Finding &finding, const QString &actionId);

private:
    std::optional<check::RepairInput> askAltText(const check::Finding &finding,
                                                 const QString &source);
    std::optional<check::RepairInput> askLinkText(const check::Finding &finding,
                                                  const QString &source);
    std::optional<check::RepairInput> fileInfo(const check::Finding &finding,
                                               const QString &source);

    SourceEditor *m_editor;
    QWidget *m_dialogParent;
    DocumentLookup m_documentLookup;
    TitleLookup m_titleLookup;
    ImageLoader m_imageLoader;
    core::SourceFormat m_format = core::SourceFormat::Markdown;
};

} // namespace lga::ui
