// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPixmap;
class QPushButton;

namespace lga::ui {

/// The guided repair "Write alt text…" (ATAG B.3.2): shows the image (when it can be loaded)
/// and its current alt text, and asks for a description or the author's explicit choice that
/// the image is decorative. The field is never filled in with the file name or any other
/// guess; OK stays disabled, with the reason shown, until the text will do or "decorative" is
/// ticked. Enter accepts, Escape cancels.
class AltTextPrompt : public QDialog
{
    Q_OBJECT
public:
    /// `currentAlt` is shown for reference; `startText` (the current alt text when it is worth
    /// editing, such as one that is too long) fills the field, and is otherwise empty.
    AltTextPrompt(const QString &imageSource, const QString &currentAlt, const QString &startText,
                  QWidget *parent = nullptr);

    /// Shows the image above the field.
    void setImage(const QPixmap &image);

    /// The alt text to write: empty when the author marked the image decorative.
    QString altText() const;
    bool isDecorative() const;

    QLineEdit *altEdit() const { return m_alt; }
    QCheckBox *decorativeBox() const { return m_decorative; }
    QPushButton *okButton() const { return m_ok; }
    /// Why OK is disabled (empty when it is enabled).
    QLabel *problemLabel() const { return m_problem; }

private:
    void updateState();

    QString m_imageSource;
    QLabel *m_image = nullptr;
    QLineEdit *m_alt = nullptr;
    QCheckBox *m_decorative = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace lga::ui
