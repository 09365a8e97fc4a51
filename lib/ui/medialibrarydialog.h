// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <core/mediaitem.h>

#include <QDialog>
#include <QUuid>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace lga::store {
class MediaStore;
}

namespace lga::ui {

/// The images and documents in the store, where an image's alt text is edited after it was
/// inserted (ATAG 2.0 B.2.3.1) and kept for the next time it is used (B.2.3.3).
///
/// Pages hold the alt text in their own Markdown (`![alt](lga-media:<uuid>)`), so changing the
/// stored alt text also offers to change it in the page being edited.
class MediaLibraryDialog : public QDialog
{
    Q_OBJECT
public:
    /// \a media must outlive the dialog. \a currentBody is the body of the page being edited.
    MediaLibraryDialog(store::MediaStore &media, const QString &currentBody,
                       QWidget *parent = nullptr);

    /// Selects the item; false when it is not listed.
    bool selectItem(const QUuid &uuid);
    /// Saves the alt text and decorative choice of the selected image, and writes the alt text
    /// into the current page's body when the author asked for that. False, with the reason
    /// shown, when it cannot be saved.
    bool saveAlt();

    /// The current page's body with alt text changed, when any was; otherwise std::nullopt.
    std::optional<QString> updatedBody() const;

    QListWidget *list() const { return m_list; }
    QLineEdit *altEdit() const { return m_alt; }
    QCheckBox *decorativeBox() const { return m_decorative; }
    QCheckBox *updatePageBox() const { return m_updatePage; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *messageLabel() const { return m_message; }

private:
    void reload(const QUuid &select);
    void showSelected();
    void updateState();
    std::optional<core::MediaItem> selected() const;

    store::MediaStore &m_media;
    const QString m_originalBody;
    QString m_body;
    QList<core::MediaItem> m_items;

    QListWidget *m_list = nullptr;
    QLabel *m_thumbnail = nullptr;
    QLabel *m_details = nullptr;
    QLineEdit *m_alt = nullptr;
    QCheckBox *m_decorative = nullptr;
    QCheckBox *m_updatePage = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace lga::ui
