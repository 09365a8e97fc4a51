// SPDX-License-Identifier: GPL-2.0-or-later
#include <check/markuprules.h>

#include <check/domtext.h>
#include <render/allowlist.h>
#include <render/htmlwriter.h>

#include <QCoreApplication>
#include <QRegularExpression>

namespace lga::check {

using namespace domtext;

namespace {

enum class Media
{
    None,
    Video,
    Audio,
};

// Where an embed or a link leads, by the services councils use and by file type.
Media mediaAt(const QString &url)
{
    static const QRegularExpression video(
        QStringLiteral(
            R"(^(https?:)?//([^/]*\.)?(youtube\.com|youtube-nocookie\.com|youtu\.be|)"
            R"(vimeo\.com|dailymotion\.com|yuja\.com|panopto\.(com|eu)|wistia\.(com|net)|)"
            R"(vidyard\.com|brightcove\.(com|net)|facebook\.com/[^?]*/videos)[/:?]|)"
            R"(\.(mp4|m4v|mov|webm|ogv|avi|wmv)([?#]|$))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression audio(
        QStringLiteral(R"(^(https?:)?//([^/]*\.)?(soundcloud\.com|simplecast\.com|podbean\.com|)"
                       R"(buzzsprout\.com|anchor\.fm|audioboom\.com|libsyn\.com|mixcloud\.com|)"
                       R"(spreaker\.com|acast\.com|megaphone\.fm|open\.spotify\.com/(embed/)?)"
                       R"((episode|show))[/:?]|\.(mp3|m4a|wav|ogg|oga|aac|flac|wma)([?#]|$))"),
        QRegularExpression::CaseInsensitiveOption);
    if (url.isEmpty())
        return Media::None;
    if (video.match(url).hasMatch())
        return Media::Video;
    if (audio.match(url).hasMatch())
        return Media::Audio;
    return Media::None;
}

const render::AllowList &siteAllowList()
{
    static const render::AllowList allowList = render::AllowList::localGovWysiwyg();
    return allowList;
}

// Wrappers whose removal changes nothing a reader gets, as long as they carry no attributes.
bool isPlainWrapper(QStringView tag)
{
    return tag == u"span" || tag == u"div" || tag == u"font" || tag == u"section" ||
           tag == u"article" || tag == u"main" || tag == u"header" || tag == u"footer" ||
           tag == u"aside" || tag == u"nav" || tag == u"html" || tag == u"body" ||
           tag == u"lga-text";
}

// Attributes for layout that the site's theme sets anyway, and cmark-gfm's own.
bool isIgnoredAttribute(QStringView tag, const html::Node::Attribute &attribute)
{
    const QString &name = attribute.name;
    if (name == u"data-sourcepos" || name == u"width" || name == u"height" || name == u"border" ||
        name == u"cellpadding" || name == u"cellspacing" || name == u"align" || name == u"valign")
        return true;
    return tag == u"code" && name == u"class" && attribute.value.startsWith(u"language-");
}

QString firstWords(const QString &text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    return words.size() <= 8 ? text : words.first(8).join(u' ');
}

QString sourceOf(html::Node element)
{
    QString src = element.attribute(u"src");
    if (!src.isEmpty())
        return src;
    for (const html::Node &child : element.children()) {
        if (child.isElement() && child.tagName() == u"source" && child.hasAttribute(u"src"))
            return child.attribute(u"src");
    }
    return {};
}

bool isRemovedWithContent(QStringView tag)
{
    const QByteArray name = tag.toLatin1();
    return render::HtmlWriter::isDroppedWithContent(std::string_view(name.data(), name.size()));
}

} // namespace

void MarkupRules::visit(html::Node element, QStringView tag)
{
    const QString id = element.attribute(u"id");
    if (!id.isEmpty()) {
        if (m_ids.contains(id)) {
            add(element, "id-duplicate", Finding::Error, "", "duplicate-id",
                QCoreApplication::translate("lga::check::Checker",
                                            "Another element on this page has the same id "
                                            "\"%1\".")
                    .arg(id),
                QCoreApplication::translate(
                    "lga::check::Checker",
                    "Links to a part of the page, and screen readers, use the first element with "
                    "an id and miss this one. Give each id a different name."),
                firstWords(textContent(element)));
        } else {
            m_ids.insert(id);
        }
    }
    if (tag == u"iframe") {
        const QString title = element.attribute(u"title").trimmed();
        if (title.isEmpty() && element.attribute(u"aria-label").trimmed().isEmpty()) {
            add(element, "iframe-no-title", Finding::Error, "4.1.2", "frame-title",
                QCoreApplication::translate("lga::check::Checker",
                                            "This embedded frame has no title."),
                QCoreApplication::translate(
                    "lga::check::Checker",
                    "Screen readers announce a frame by its title, so people can decide whether "
                    "to go into it. Add a title that says what it holds, such as \"Map of "
                    "Wardown Park\"."),
                element.attribute(u"src"));
        }
    }
    checkMedia(element, tag);
    if (m_authorMarkup) {
        checkRemovedBySite(element, tag);
        if (m_markdown)
            checkTagFiltered(element, tag);
    }
}

void MarkupRules::checkTagFiltered(html::Node element, QStringView tag)
{
    if (tag == u"code" || tag == u"pre" || !ancestor(element, u"code").isNull() ||
        !ancestor(element, u"pre").isNull())
        return;
    // GitHub Flavored Markdown's tag filter, as on GitHub, writes these tags out as text.
    static const QRegularExpression filtered(
        QStringLiteral(R"(<(iframe|script|style|textarea|title|xmp|noembed|noframes|plaintext)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    for (const html::Node &child : element.children()) {
        if (!child.isText())
            continue;
        for (QRegularExpressionMatchIterator it = filtered.globalMatch(child.text());
             it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            add(element, "markup-removed-by-site", Finding::Warning, "", "",
                QCoreApplication::translate("lga::check::Checker",
                                            "Markdown does not allow a <%1> element, so the "
                                            "website will show its code as text instead.")
                    .arg(match.captured(1).toLower()),
                QCoreApplication::translate(
                    "lga::check::Checker",
                    "Embedded frames, scripts and styles cannot be written in Markdown. Ask the "
                    "web team to add the embed, or link to it instead."),
                match.captured(0));
        }
    }
}

void MarkupRules::checkMedia(html::Node element, QStringView tag)
{
    if (tag == u"video") {
        for (const html::Node &child : element.children()) {
            if (child.isElement() && child.tagName() == u"track" &&
                child.attribute(u"kind").trimmed().compare(u"captions", Qt::CaseInsensitive) == 0)
                return;
        }
        addVideo(element, "video-caption", sourceOf(element));
        return;
    }
    Media media = Media::None;
    QString anchor;
    if (tag == u"audio") {
        media = Media::Audio;
        anchor = sourceOf(element);
    } else if (tag == u"iframe" || tag == u"embed") {
        media = mediaAt(element.attribute(u"src").trimmed());
        anchor = element.attribute(u"src");
    } else if (tag == u"a") {
        const QString text = accessibleText(element);
        static const QRegularExpression transcript(QStringLiteral(R"(\btranscripts?\b)"),
                                                   QRegularExpression::CaseInsensitiveOption);
        if (transcript.match(text).hasMatch())
            m_transcript = true;
        media = mediaAt(element.attribute(u"href").trimmed());
        anchor = text;
    }
    if (media == Media::Video) {
        addVideo(element, "", anchor);
    } else if (media == Media::Audio) {
        add(element, "media-audio", Finding::Warning, "1.2.1", "",
            QCoreApplication::translate("lga::check::Checker",
                                        "Check that this audio has a transcript."),
            QCoreApplication::translate(
                "lga::check::Checker",
                "People who are deaf or hard of hearing need the words in writing. Link to a "
                "transcript next to the audio."),
            anchor);
    }
}

void MarkupRules::addVideo(html::Node element, const char *axeRule, QString anchor)
{
    add(element, "media-video", Finding::Warning, "1.2.2", axeRule,
        QCoreApplication::translate("lga::check::Checker",
                                    "Check that this video has accurate captions."),
        QCoreApplication::translate(
            "lga::check::Checker",
            "People who are deaf or hard of hearing, or watching without sound, rely on "
            "captions. Automatic captions are often wrong: check them, and correct them if "
            "needed."),
        std::move(anchor));
}

void MarkupRules::checkRemovedBySite(html::Node element, QStringView tag)
{
    // Below an element the site removes with all it holds, that one finding says it all.
    for (html::Node n = element.parent(); !n.isNull() && n.isElement(); n = n.parent()) {
        const QString outer = n.tagName();
        if (!siteAllowList().allowsTag(outer) &&
            (isRemovedWithContent(outer) || outer == u"video" || outer == u"audio"))
            return;
    }
    const QString anchor =
        tag == u"img" || tag == u"iframe" || tag == u"video" || tag == u"audio" || tag == u"embed"
            ? sourceOf(element)
            : firstWords(textContent(element));
    const QString why = QCoreApplication::translate(
        "lga::check::Checker",
        "The council's website accepts only some kinds of markup, and removes the rest when the "
        "page is published. Do not rely on it: readers will not get it.");
    const QList<html::Node::Attribute> attributes = element.attributes();
    if (!siteAllowList().allowsTag(tag)) {
        if (isPlainWrapper(tag) && std::all_of(attributes.cbegin(), attributes.cend(),
                                               [tag](const html::Node::Attribute &attribute) {
                                                   return isIgnoredAttribute(tag, attribute);
                                               }))
            return;
        const QString name = tag.toString();
        add(element, "markup-removed-by-site", Finding::Warning, "", "",
            isRemovedWithContent(tag) || tag == u"video" || tag == u"audio"
                ? QCoreApplication::translate(
                      "lga::check::Checker",
                      "The website will remove this <%1> element and everything in it.")
                      .arg(name)
                : QCoreApplication::translate(
                      "lga::check::Checker",
                      "The website will remove the <%1> tag here; only the text in it stays.")
                      .arg(name),
            why, anchor);
        return;
    }
    QStringList removed;
    for (const html::Node::Attribute &attribute : attributes) {
        if (isIgnoredAttribute(tag, attribute))
            continue;
        if (!siteAllowList().allowsAttribute(tag, attribute.name)) {
            removed.append(attribute.name);
            continue;
        }
        const QStringList values = siteAllowList().allowedValues(tag, attribute.name);
        if (values.isEmpty())
            continue;
        const QStringList tokens = attribute.value.split(u' ', Qt::SkipEmptyParts);
        if (std::any_of(tokens.cbegin(), tokens.cend(),
                        [&values](const QString &token) { return !values.contains(token); }))
            removed.append(attribute.name);
    }
    if (removed.isEmpty())
        return;
    add(element, "markup-removed-by-site", Finding::Warning, "", "",
        QCoreApplication::translate("lga::check::Checker",
                                    "The website will remove these attributes from this <%1> "
                                    "element: %2.")
            .arg(tag.toString(), removed.join(QStringLiteral(", "))),
        why, anchor);
}

void MarkupRules::finish()
{
    if (m_transcript)
        m_findings.removeIf([](const Finding &f) { return f.ruleId == u"media-audio"; });
}

} // namespace lga::check
