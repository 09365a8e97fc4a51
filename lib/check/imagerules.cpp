// SPDX-License-Identifier: GPL-2.0-or-later
#include <check/imagerules.h>

#include <check/domtext.h>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace lga::check {

using namespace domtext;

void ImageRules::visitImage(html::Node img)
{
    if (!img.hasAttribute(u"alt")) {
        add(img, "alt-missing", Finding::Error, "1.1.1", "image-alt",
            QCoreApplication::translate("lga::check::Checker", "This image has no alt text."),
            QCoreApplication::translate(
                "lga::check::Checker",
                "Screen readers read out the file name or say nothing, so people who cannot "
                "see the image miss what it shows. Describe it, or mark it as decorative."),
            img.attribute(u"src"));
        return;
    }
    const QString alt = img.attribute(u"alt");
    if (alt.isEmpty()) {
        // In a link, the link's text names it (a decorative image there is right), or the
        // link has no name, which is reported on the link (link-image-no-alt).
        if (!ancestor(img, u"a").isNull())
            return;
        add(img, "alt-decorative", Finding::Tip, "1.1.1", "",
            QCoreApplication::translate(
                "lga::check::Checker",
                "This image is marked as decorative, so screen readers skip it."),
            QCoreApplication::translate(
                "lga::check::Checker",
                "Check that it adds nothing a reader needs. If it carries information, "
                "describe it in alt text."),
            img.attribute(u"src"));
        return;
    }
    const QString trimmed = alt.trimmed();
    if (trimmed.isEmpty()) {
        add(img, "alt-whitespace", Finding::Error, "1.1.1", "image-alt",
            QCoreApplication::translate("lga::check::Checker",
                                        "This image's alt text is only spaces."),
            QCoreApplication::translate(
                "lga::check::Checker",
                "Some screen readers then read the file name. Write a description, or leave "
                "the alt text empty if the image is decorative."),
            img.attribute(u"src"));
        return;
    }
    static const QRegularExpression fileName(
        QStringLiteral(R"((\.(png|jpe?g|gif|webp|svg|bmp|tiff?)$)|^(img|dsc|dscn|pxl)[_ -]?\d+)"),
        QRegularExpression::CaseInsensitiveOption);
    if (fileName.match(trimmed).hasMatch()) {
        add(img, "alt-file-name", Finding::Error, "1.1.1", "",
            QCoreApplication::translate("lga::check::Checker",
                                        "This image's alt text is a file name."),
            QCoreApplication::translate(
                "lga::check::Checker",
                "A file name tells a screen reader user nothing about the image. Describe "
                "what the image shows."),
            img.attribute(u"src"));
        return;
    }
    const QString phrase = normalizedPhrase(trimmed);
    static const QStringList placeholders = {
        QStringLiteral("image"),   QStringLiteral("photo"), QStringLiteral("picture"),
        QStringLiteral("graphic"), QStringLiteral("logo"),
    };
    if (placeholders.contains(phrase)) {
        add(img, "alt-placeholder", Finding::Warning, "1.1.1", "",
            QCoreApplication::translate("lga::check::Checker",
                                        "This image's alt text is a placeholder word."),
            QCoreApplication::translate(
                "lga::check::Checker",
                "A word like \"image\" or \"logo\" does not say what the image shows. Describe "
                "it, or name the organisation for a logo."),
            img.attribute(u"src"));
        return;
    }
    static const QRegularExpression redundant(
        QStringLiteral(R"(^(image|picture|photo|graphic)\s+of\b)"),
        QRegularExpression::CaseInsensitiveOption);
    if (redundant.match(trimmed).hasMatch()) {
        add(img, "alt-redundant-prefix", Finding::Warning, "1.1.1", "",
            QCoreApplication::translate(
                "lga::check::Checker",
                "This image's alt text starts with words like \"image of\"."),
            QCoreApplication::translate(
                "lga::check::Checker",
                "Screen readers already say it is an image. Start with what it shows."),
            img.attribute(u"src"));
    }
    if (trimmed.size() > m_settings.maxAltLength) {
        add(img, "alt-too-long", Finding::Warning, "1.1.1", "",
            QCoreApplication::translate("lga::check::Checker",
                                        "This image's alt text is longer than %1 characters.")
                .arg(m_settings.maxAltLength),
            QCoreApplication::translate(
                "lga::check::Checker",
                "Long alt text cannot be paused or skimmed. Keep it short and put the detail "
                "in the page text or a caption."),
            img.attribute(u"src"));
    }
    checkAltRepeatsLinkText(img, trimmed);
}

void ImageRules::checkAltRepeatsLinkText(html::Node img, const QString &alt)
{
    const html::Node link = ancestor(img, u"a");
    if (link.isNull())
        return;
    // As axe's image-redundant-alt: a screen reader reads the alt text and then the same words
    // again from the link.
    const QString text = normalizedPhrase(textContent(link));
    const QString phrase = normalizedPhrase(alt);
    if (text.isEmpty() || phrase.isEmpty())
        return;
    // A phrase of several words inside longer link text is read twice too; one word ("map")
    // may well be part of a different phrase.
    const bool repeats =
        text == phrase ||
        (phrase.contains(u' ') &&
         QRegularExpression(
             QStringLiteral(R"((^|\W)%1(\W|$))").arg(QRegularExpression::escape(phrase)))
             .match(text)
             .hasMatch());
    if (!repeats)
        return;
    add(img, "alt-repeats-link-text", Finding::Warning, "", "image-redundant-alt",
        QCoreApplication::translate("lga::check::Checker",
                                    "This image's alt text repeats the text of its link."),
        QCoreApplication::translate(
            "lga::check::Checker",
            "Screen readers read the same words twice. Leave the image's alt text empty, or "
            "describe something the link text does not say."),
        img.attribute(u"src"));
}

} // namespace lga::check
