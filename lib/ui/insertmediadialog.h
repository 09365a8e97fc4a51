// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <core/mediaitem.h>
#include <store/mediastore.h>

#include <QDialog>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lga::ui {

/// "Insert image…" and "Insert document link…": picks a file, brings it into the store and
/// gives the Markdown that shows it.
///
/// An image cannot be inserted without alt text or the author's explicit choice that it is
/// decorative (ATAG 2.0 B.2.3): Insert stays disabled, and a message says why, until one is
/// given. The alt text is never suggested from the file name; alt text written before for the
/// same image is offered again, marked as such. A document link gets the file's type and size
/// in its text, as GOV.UK asks: "Council tax leaflet (PDF, 1.2 MB)".
///
/// Nothing is stored until the author presses Insert.
class InsertMediaDialog : public QDialog
{
    Q_OBJECT
public:
    /// \a media must outlive the dialog.
    InsertMediaDialog(store::MediaStore &media, core::MediaKind kind, QWidget *parent = nullptr);

    /// Loads the file as if the author had chosen it (tests, drag and drop). False, with the
    /// reason shown in the dialog, when the file cannot be used.
    bool setFilePath(const QString &path);

    /// After the dialog was accepted: the Markdown to insert and the item it shows.
    QString markdown() const { return m_markdown; }
    std::optional<core::MediaItem> insertedItem() const { return m_inserted; }

    QLineEdit *altEdit() const { return m_alt; }
    QCheckBox *decorativeBox() const { return m_decorative; }
    QLineEdit *linkTextEdit() const { return m_linkText; }
    QPushButton *insertButton() const;
    /// The message saying why Insert is disabled (empty when it is enabled).
    QLabel *problemLabel() const { return m_problem; }
    /// "Alt text you wrote before for this image", shown when it is offered again.
    QLabel *reuseNote() const { return m_reuseNote; }

    /// Why this alt text will not do, or an empty string when it will. The file name, a file
    /// name of any kind and words such as "image" tell nobody what the image shows.
    static QString altTextProblem(const QString &alt, const QString &fileName);

public Q_SLOTS:
    void accept() override;

private:
    void chooseFile();
    void updateState();
    QString documentLinkText() const;

    store::MediaStore &m_media;
    core::MediaKind m_kind;
    std::optional<store::MediaStore::Prepared> m_prepared;
    QString m_loadProblem;
    bool m_reused = false; ///< The file was stored before with a text alternative.
    QString m_markdown;
    std::optional<core::MediaItem> m_inserted;

    QLabel *m_fileInfo = nullptr;
    QLabel *m_thumbnail = nullptr;
    QLineEdit *m_alt = nullptr;
    QCheckBox *m_decorative = nullptr;
    QLabel *m_reuseNote = nullptr;
    QLineEdit *m_linkText = nullptr;
    QLabel *m_linkPreview = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lga::ui
