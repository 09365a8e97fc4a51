// SPDX-License-Identifier: GPL-2.0-or-later
#include <check/repairs.h>

#include <check/domtext.h>
#include <check/sourcelocator.h>
#include <html/document.h>
#include <html/node.h>
#include <render/bodyrenderer.h>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace lga::check {

using namespace Qt::StringLiterals;

namespace {

using core::SourceFormat;

// A half-open range of character offsets in the source.
struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
};

bool isOneOf(const QString &ruleId, std::initializer_list<const char16_t *> ids)
{
    for (const char16_t *id : ids) {
        if (ruleId == QStringView(id))
            return true;
    }
    return false;
}

std::optional<Span> findingSpan(const Finding &finding, QStringView source)
{
    const SourceLocator locator(source);
    if (finding.line < 1 || finding.endLine < finding.line || finding.endLine > locator.lineCount())
        return std::nullopt;
    const qsizetype start = locator.offset(finding.line, finding.column);
    const qsizetype end =
        std::min<qsizetype>(locator.offset(finding.endLine, finding.endColumn) + 1, source.size());
    if (end <= start)
        return std::nullopt;
    return Span{start, end};
}

// The words a reader sees in a stretch of source: tags, entities for spaces and Markdown
// markers left out, as SourceLocator skips them between the anchor's words.
QString visibleWords(QStringView text)
{
    static const QRegularExpression markup(QStringLiteral(R"(<[^>]*>|&nbsp;|[*_~`\[\]\\])"));
    QString plain = text.toString();
    plain.replace(markup, QStringLiteral(" "));
    return plain.simplified();
}

// Whether the source at `span` still holds the finding's anchor words.
bool holdsAnchor(QStringView source, Span span, const QString &anchor)
{
    if (anchor.trimmed().isEmpty())
        return false;
    return QString::compare(visibleWords(source.sliced(span.start, span.end - span.start)),
                            visibleWords(anchor), Qt::CaseInsensitive) == 0;
}

bool isEscaped(QStringView source, qsizetype at)
{
    int backslashes = 0;
    for (qsizetype i = at - 1; i >= 0 && source[i] == u'\\'; --i)
        ++backslashes;
    return backslashes % 2 == 1;
}

QString markdownEscaped(const QString &text)
{
    QString out;
    for (const QChar c : text.simplified()) {
        if (QStringView(u"\\[]*_`<").contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

QString htmlEscaped(const QString &text)
{
    return text.simplified().toHtmlEscaped();
}

qsizetype lineStartOf(QStringView source, qsizetype at)
{
    while (at > 0 && source[at - 1] != u'\n')
        --at;
    return at;
}

qsizetype lineEndOf(QStringView source, qsizetype at)
{
    while (at < source.size() && source[at] != u'\n')
        ++at;
    return at;
}

// --- HTML tags --------------------------------------------------------------------------

struct Attribute
{
    QString name; // lower case
    Span whole;   // name="value"
    Span value;   // inside the quotes
};

struct Tag
{
    Span whole;
    QString name; // lower case
    QList<Attribute> attributes;
    // Where a new attribute goes: after the tag name.
    qsizetype nameEnd = 0;

    const Attribute *attribute(QStringView name) const
    {
        for (const Attribute &a : attributes) {
            if (a.name == name)
                return &a;
        }
        return nullptr;
    }
};

// Reads the start tag that begins at `at` ('<'); nothing when there is none.
std::optional<Tag> readTag(QStringView source, qsizetype at)
{
    if (at < 0 || at >= source.size() || source[at] != u'<')
        return std::nullopt;
    Tag tag;
    tag.whole.start = at;
    qsizetype i = at + 1;
    while (i < source.size() && (source[i].isLetterOrNumber()))
        ++i;
    if (i == at + 1)
        return std::nullopt;
    tag.name = source.sliced(at + 1, i - at - 1).toString().toLower();
    tag.nameEnd = i;
    const auto isSpace = [&](qsizetype k) {
        return k < source.size() && source[k].isSpace();
    };
    while (i < source.size()) {
        while (isSpace(i))
            ++i;
        if (i >= source.size())
            return std::nullopt;
        if (source[i] == u'>') {
            tag.whole.end = i + 1;
            return tag;
        }
        if (source[i] == u'/') {
            ++i;
            continue;
        }
        Attribute attribute;
        attribute.whole.start = i;
        while (i < source.size() && !source[i].isSpace() && source[i] != u'=' &&
               source[i] != u'>' && source[i] != u'/')
            ++i;
        attribute.name =
            source.sliced(attribute.whole.start, i - attribute.whole.start).toString().toLower();
        qsizetype j = i;
        while (isSpace(j))
            ++j;
        if (j < source.size() && source[j] == u'=') {
            ++j;
            while (isSpace(j))
                ++j;
            if (j < source.size() && (source[j] == u'"' || source[j] == u'\'')) {
                const QChar quote = source[j];
                const qsizetype close = source.indexOf(quote, j + 1);
                if (close < 0)
                    return std::nullopt;
                attribute.value = {j + 1, close};
                i = close + 1;
            } else {
                qsizetype k = j;
                while (k < source.size() && !source[k].isSpace() && source[k] != u'>')
                    ++k;
                attribute.value = {j, k};
                i = k;
            }
        } else {
            attribute.value = {i, i};
        }
        attribute.whole.end = i;
        tag.attributes.append(attribute);
    }
    return std::nullopt;
}

// The start tag named `name` that contains offset `at`, if `at` is inside one.
std::optional<Tag> enclosingTag(QStringView source, qsizetype at, QStringView name)
{
    const qsizetype open = source.first(at).lastIndexOf(u'<');
    if (open < 0 || source.sliced(open, at - open).contains(u'>'))
        return std::nullopt;
    std::optional<Tag> tag = readTag(source, open);
    if (!tag || tag->name != name || tag->whole.end <= at)
        return std::nullopt;
    return tag;
}

QString decodedEntities(const QString &text)
{
    QString out = text;
    out.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    out.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    out.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    out.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    out.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    out.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return out;
}

// --- Images -------------------------------------------------------------------------------

struct Image
{
    bool html = false;
    // Markdown: inside the brackets. HTML: the whole alt attribute, or an empty span where
    // one goes.
    Span alt;
    bool hasAlt = true;
    QString altText;
    // Where the image's syntax starts ("<img" or "![").
    qsizetype start = 0;
};

// The image whose `src` is at `src`.
std::optional<Image> findImage(QStringView source, Span src, SourceFormat format)
{
    if (const std::optional<Tag> tag = enclosingTag(source, src.start, u"img")) {
        const Attribute *srcAttribute = tag->attribute(u"src");
        if (!srcAttribute || srcAttribute->value.start > src.start ||
            srcAttribute->value.end < src.end)
            return std::nullopt;
        Image image;
        image.html = true;
        image.start = tag->whole.start;
        if (const Attribute *alt = tag->attribute(u"alt")) {
            image.alt = alt->whole;
            image.altText = decodedEntities(
                source.sliced(alt->value.start, alt->value.end - alt->value.start).toString());
        } else {
            image.hasAlt = false;
            image.alt = {srcAttribute->whole.end, srcAttribute->whole.end};
        }
        return image;
    }
    if (format != SourceFormat::Markdown)
        return std::nullopt;
    // ![alt](src "title") or ![alt](<src>)
    qsizetype at = src.start;
    qsizetype after = src.end;
    if (at > 0 && source[at - 1] == u'<') {
        --at;
        if (after >= source.size() || source[after] != u'>')
            return std::nullopt;
        ++after;
    }
    if (after < source.size() && source[after] != u')' && !source[after].isSpace())
        return std::nullopt;
    while (at > 0 && source[at - 1].isSpace())
        --at;
    if (at < 2 || source[at - 1] != u'(' || source[at - 2] != u']')
        return std::nullopt;
    const qsizetype close = at - 2;
    int depth = 0;
    qsizetype i = close - 1;
    for (; i >= 0; --i) {
        if (isEscaped(source, i))
            continue;
        if (source[i] == u']') {
            ++depth;
        } else if (source[i] == u'[') {
            if (depth == 0)
                break;
            --depth;
        }
    }
    if (i < 1 || source[i - 1] != u'!')
        return std::nullopt;
    Image image;
    image.start = i - 1;
    image.alt = {i + 1, close};
    image.altText = source.sliced(i + 1, close - i - 1).toString();
    return image;
}

// Whether the image is (part of) a link's content: then it is not decorative, whatever the
// author thinks, because it names the link.
bool isInLink(QStringView source, const Image &image)
{
    if (image.start > 0 && source[image.start - 1] == u'[')
        return true;
    static const QRegularExpression open(QStringLiteral(R"(<a\b)"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression close(QStringLiteral(R"(</a\s*>)"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QString before = source.first(image.start).toString();
    const qsizetype openAt = before.lastIndexOf(open);
    return openAt >= 0 && !before.sliced(openAt).contains(close);
}

std::optional<QList<SourceEdit>> altEdit(const Image &image, const QString &text)
{
    if (!image.html)
        return QList<SourceEdit>{
            {image.alt.start, image.alt.end - image.alt.start, markdownEscaped(text)}};
    const QString attribute = QStringLiteral("alt=\"%1\"").arg(htmlEscaped(text));
    if (image.hasAlt)
        return QList<SourceEdit>{{image.alt.start, image.alt.end - image.alt.start, attribute}};
    return QList<SourceEdit>{{image.alt.start, 0, u' ' + attribute}};
}

// --- Links --------------------------------------------------------------------------------

struct Link
{
    // The text between the brackets or the tags.
    Span text;
    // A bare or <angle-bracket> URL that is its own text: the whole of it is rewritten.
    bool autolink = false;
    Span whole;
    bool html = false;
    QString url;
};

bool isMarker(QChar c)
{
    return c == u'*' || c == u'_' || c == u'~' || c == u'`';
}

// Follows a Markdown reference link's label to its definition.
QString referenceUrl(QStringView source, const QString &label)
{
    const QRegularExpression definition(
        QStringLiteral(R"(^ {0,3}\[%1\]:\s*<?([^\s>]+))")
            .arg(QRegularExpression::escape(label.simplified())
                     .replace(QStringLiteral("\\ "), QStringLiteral("\\s+"))),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    return definition.match(source).captured(1);
}

// The link whose text is at `words` (the anchor's range).
std::optional<Link> findLink(QStringView source, Span words, SourceFormat format)
{
    // HTML: <a href="…">…words…</a>
    {
        static const QRegularExpression open(QStringLiteral(R"(<a\b)"),
                                             QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression close(QStringLiteral(R"(</a\s*>)"),
                                              QRegularExpression::CaseInsensitiveOption);
        const QStringView before = source.first(words.start);
        const qsizetype openAt = before.toString().lastIndexOf(open);
        if (openAt >= 0 && !before.sliced(openAt).toString().contains(close)) {
            const std::optional<Tag> tag = readTag(source, openAt);
            const QRegularExpressionMatch closing = close.match(source, words.end);
            // A web address as link text may have been found in the href instead: the text
            // is then the link's content, if that still reads the same.
            const bool inTag = tag && tag->whole.end > words.start;
            const bool sameText =
                !inTag || (closing.hasMatch() &&
                           visibleWords(source.sliced(tag->whole.end,
                                                      closing.capturedStart() - tag->whole.end)) ==
                               visibleWords(source.sliced(words.start, words.end - words.start)));
            if (tag && closing.hasMatch() && sameText) {
                Link link;
                link.html = true;
                link.text = {tag->whole.end, closing.capturedStart()};
                if (const Attribute *href = tag->attribute(u"href"))
                    link.url = decodedEntities(
                        source.sliced(href->value.start, href->value.end - href->value.start)
                            .toString());
                return link;
            }
        }
    }
    if (format != SourceFormat::Markdown)
        return std::nullopt;
    // <https://…>
    if (words.start > 0 && source[words.start - 1] == u'<' && words.end < source.size() &&
        source[words.end] == u'>') {
        Link link;
        link.autolink = true;
        link.whole = {words.start - 1, words.end + 1};
        link.text = words;
        link.url = source.sliced(words.start, words.end - words.start).toString();
        return link;
    }
    // [words](url) and [words][label]
    qsizetype open = words.start;
    while (open > 0 && (isMarker(source[open - 1]) || source[open - 1].isSpace()))
        --open;
    qsizetype close = words.end;
    while (close < source.size() && (isMarker(source[close]) || source[close].isSpace()))
        ++close;
    if (open > 0 && source[open - 1] == u'[' && !isEscaped(source, open - 1) &&
        close < source.size() && source[close] == u']' && !(open > 1 && source[open - 2] == u'!')) {
        Link link;
        link.text = {open, close};
        const QStringView rest = source.sliced(close + 1);
        static const QRegularExpression inlineUrl(
            QStringLiteral(R"(^\(\s*(?:<([^>]*)>|([^\s)]*)))"));
        static const QRegularExpression label(QStringLiteral(R"(^\[([^\]]*)\])"));
        if (const QRegularExpressionMatch m = inlineUrl.match(rest); m.hasMatch()) {
            link.url = m.hasCaptured(1) && m.capturedStart(1) >= 0 ? m.captured(1) : m.captured(2);
        } else if (const QRegularExpressionMatch m = label.match(rest);
                   m.hasMatch() && !m.captured(1).trimmed().isEmpty()) {
            link.url = referenceUrl(source, m.captured(1));
        } else {
            link.url = referenceUrl(source, source.sliced(open, close - open).toString());
            if (link.url.isEmpty())
                return std::nullopt;
        }
        return link;
    }
    // A bare web address that GitHub-flavoured Markdown turns into a link.
    const QString text = source.sliced(words.start, words.end - words.start).toString();
    static const QRegularExpression bare(QStringLiteral(R"(^(https?://|www\.)\S+$)"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (bare.match(text).hasMatch()) {
        Link link;
        link.autolink = true;
        link.whole = words;
        link.text = words;
        link.url = text.startsWith(u"www.", Qt::CaseInsensitive) ? u"https://"_s + text : text;
        return link;
    }
    return std::nullopt;
}

// An empty link has no anchor words: the first link with no text in the block.
std::optional<Link> findEmptyLink(QStringView source, Span block, SourceFormat format)
{
    const QString text = source.sliced(block.start, block.end - block.start).toString();
    static const QRegularExpression htmlLink(
        QStringLiteral(R"(<a\b[^>]*>((?:\s|&nbsp;|<img\b[^>]*>|<(?!/?a\b)[^>]*>)*)</a\s*>)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression markdownLink(
        QStringLiteral(R"((?<![!\\])\[((?:\s|!\[\s*\]\([^)]*\))*)\]\(\s*(?:<([^>]*)>|([^\s)]*)))"));
    QRegularExpressionMatch match = htmlLink.match(text);
    bool html = true;
    if (format == SourceFormat::Markdown) {
        const QRegularExpressionMatch markdown = markdownLink.match(text);
        if (markdown.hasMatch() &&
            (!match.hasMatch() || markdown.capturedStart() < match.capturedStart())) {
            match = markdown;
            html = false;
        }
    }
    if (!match.hasMatch())
        return std::nullopt;
    Link link;
    link.html = html;
    link.text = {block.start + match.capturedStart(1), block.start + match.capturedEnd(1)};
    if (html) {
        if (const std::optional<Tag> tag = readTag(source, block.start + match.capturedStart()))
            if (const Attribute *href = tag->attribute(u"href"))
                link.url = decodedEntities(
                    source.sliced(href->value.start, href->value.end - href->value.start)
                        .toString());
    } else {
        link.url = match.capturedStart(2) >= 0 ? match.captured(2) : match.captured(3);
    }
    return link;
}

std::optional<Link> linkFor(const Finding &finding, QStringView source, SourceFormat format)
{
    const std::optional<Span> span = findingSpan(finding, source);
    if (!span)
        return std::nullopt;
    if (finding.anchor.trimmed().isEmpty()) {
        if (finding.ruleId != u"link-empty")
            return std::nullopt;
        // The block, from the start of its first line to the end of its last.
        return findEmptyLink(
            source, {lineStartOf(source, span->start), lineEndOf(source, span->end - 1)}, format);
    }
    if (!holdsAnchor(source, *span, finding.anchor))
        return std::nullopt;
    return findLink(source, *span, format);
}

std::optional<QList<SourceEdit>> rewriteLinkText(const Link &link, QStringView source,
                                                 SourceFormat format, const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    // A link whose only content is an image is named by the image's alt text.
    const QStringView content = source.sliced(link.text.start, link.text.end - link.text.start);
    static const QRegularExpression imageSrc(
        QStringLiteral(R"(<img\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)|!\[[^\]]*\]\(\s*<?([^\s)>]+))"),
        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = imageSrc.match(content);
        m.hasMatch() && visibleWords(content).isEmpty()) {
        const int group = m.capturedStart(1) >= 0 ? 1 : 2;
        const Span src{link.text.start + m.capturedStart(group),
                       link.text.start + m.capturedEnd(group)};
        if (const std::optional<Image> image = findImage(source, src, format))
            return altEdit(*image, text);
        return std::nullopt;
    }
    if (link.autolink)
        return QList<SourceEdit>{{link.whole.start, link.whole.end - link.whole.start,
                                  QStringLiteral("[%1](%2)").arg(markdownEscaped(text), link.url)}};
    return QList<SourceEdit>{{link.text.start, link.text.end - link.text.start,
                              link.html ? htmlEscaped(text) : markdownEscaped(text)}};
}

// --- Headings -----------------------------------------------------------------------------

struct Heading
{
    int level = 0;
    QList<SourceEdit> (*retarget)(const Heading &, int) = nullptr;
    // ATX: the hashes. Setext: the underline. HTML: the digits of the open and close tags.
    Span marker;
    Span closeMarker;
    QString setextText; // for a setext heading made deeper than level 2
    Span setextWhole;
};

QList<SourceEdit> retargetAtx(const Heading &heading, int level)
{
    return {
        {heading.marker.start, heading.marker.end - heading.marker.start, QString(level, u'#')}};
}

QList<SourceEdit> retargetSetext(const Heading &heading, int level)
{
    if (level <= 2) {
        return {{heading.marker.start, heading.marker.end - heading.marker.start,
                 QString(heading.marker.end - heading.marker.start, level == 1 ? u'=' : u'-')}};
    }
    return {{heading.setextWhole.start, heading.setextWhole.end - heading.setextWhole.start,
             QString(level, u'#') + u' ' + heading.setextText}};
}

QList<SourceEdit> retargetHtml(const Heading &heading, int level)
{
    return {{heading.marker.start, 1, QString::number(level)},
            {heading.closeMarker.start, 1, QString::number(level)}};
}

std::optional<Heading> findHeading(QStringView source, Span words, SourceFormat format)
{
    static const QRegularExpression open(QStringLiteral(R"(<h([1-6])\b)"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression anyClose(QStringLiteral(R"(</h[1-6]\s*>)"),
                                             QRegularExpression::CaseInsensitiveOption);
    const QString before = source.first(words.start).toString();
    const qsizetype openAt = before.lastIndexOf(open);
    if (openAt >= 0 && !before.sliced(openAt).contains(anyClose)) {
        const QRegularExpressionMatch closing = anyClose.match(source, words.end);
        if (!closing.hasMatch())
            return std::nullopt;
        const QChar level = source[openAt + 2];
        const qsizetype closeDigit = closing.capturedStart() + 3;
        if (source[closeDigit] != level)
            return std::nullopt;
        Heading heading;
        heading.level = level.digitValue();
        heading.marker = {openAt + 2, openAt + 3};
        heading.closeMarker = {closeDigit, closeDigit + 1};
        heading.retarget = retargetHtml;
        return heading;
    }
    if (format != SourceFormat::Markdown)
        return std::nullopt;
    const qsizetype lineStart = lineStartOf(source, words.start);
    const QStringView line = source.sliced(lineStart, lineEndOf(source, lineStart) - lineStart);
    static const QRegularExpression atx(QStringLiteral(R"(^ {0,3}(#{1,6})(?=[ \t]|$))"));
    if (const QRegularExpressionMatch m = atx.match(line); m.hasMatch()) {
        Heading heading;
        heading.level = int(m.capturedLength(1));
        heading.marker = {lineStart + m.capturedStart(1), lineStart + m.capturedEnd(1)};
        heading.retarget = retargetAtx;
        return heading;
    }
    // Setext: the line after the heading's text is a row of = or -.
    const qsizetype textEnd = lineEndOf(source, words.end - 1);
    if (textEnd >= source.size())
        return std::nullopt;
    const qsizetype underlineStart = textEnd + 1;
    const qsizetype underlineEnd = lineEndOf(source, underlineStart);
    static const QRegularExpression setext(QStringLiteral(R"(^ {0,3}(=+|-+)[ \t]*$)"));
    const QRegularExpressionMatch m =
        setext.match(source.sliced(underlineStart, underlineEnd - underlineStart));
    if (!m.hasMatch())
        return std::nullopt;
    Heading heading;
    heading.level = m.captured(1).front() == u'=' ? 1 : 2;
    heading.marker = {underlineStart + m.capturedStart(1), underlineStart + m.capturedEnd(1)};
    heading.setextWhole = {lineStart, underlineEnd};
    heading.setextText = source.sliced(lineStart, textEnd - lineStart).toString().simplified();
    heading.retarget = retargetSetext;
    return heading;
}

// The level of the heading before the finding's, as the Checker walks them: the page title
// counts as the level 1 heading before the body's first.
std::optional<int> previousHeadingLevel(const Finding &finding, QStringView source,
                                        SourceFormat format)
{
    const html::Document document(render::BodyRenderer::bodyHtml(source, format, true));
    int previous = 1;
    std::optional<int> result;
    const std::function<void(html::Node)> walk = [&](html::Node node) {
        if (result || !node.isElement())
            return;
        const QString tag = node.tagName();
        if (tag.size() == 2 && tag.front() == u'h' && tag.back() >= u'1' && tag.back() <= u'6') {
            const domtext::Position position = domtext::positionOf(node);
            if (position.line <= finding.line && finding.endLine <= position.endLine &&
                QString::compare(visibleWords(domtext::accessibleText(node)),
                                 visibleWords(finding.anchor), Qt::CaseInsensitive) == 0) {
                result = previous;
                return;
            }
            previous = tag.back().digitValue();
        }
        for (const html::Node &child : node.children())
            walk(child);
    };
    for (const html::Node &child : document.root().children())
        walk(child);
    return result;
}

std::optional<QList<SourceEdit>> headingLevelEdits(const Finding &finding, QStringView source,
                                                   SourceFormat format)
{
    const std::optional<Span> span = findingSpan(finding, source);
    if (!span || !holdsAnchor(source, *span, finding.anchor))
        return std::nullopt;
    const std::optional<Heading> heading = findHeading(source, *span, format);
    if (!heading)
        return std::nullopt;
    int target = 0;
    if (finding.ruleId == u"heading-h1-in-body") {
        if (heading->level != 1)
            return std::nullopt;
        target = 2;
    } else {
        const std::optional<int> previous = previousHeadingLevel(finding, source, format);
        if (!previous || heading->level <= *previous + 1)
            return std::nullopt;
        target = *previous + 1;
    }
    return heading->retarget(*heading, target);
}

// --- Sentence case ------------------------------------------------------------------------

// Capitals that stay capitals in sentence case: the abbreviations council pages use most.
bool isKnownAcronym(const QString &word)
{
    static const QSet<QString> acronyms = {
        u"NHS"_s,   u"UK"_s,   u"SEND"_s, u"SEN"_s,  u"GP"_s,   u"GPS"_s,   u"VAT"_s,
        u"MOT"_s,   u"DWP"_s,  u"HMRC"_s, u"DVLA"_s, u"CCTV"_s, u"DBS"_s,   u"EHCP"_s,
        u"SENCO"_s, u"ESOL"_s, u"PIP"_s,  u"ID"_s,   u"PDF"_s,  u"COVID"_s, u"A&E"_s,
        u"EU"_s,    u"HM"_s,   u"BBC"_s,  u"ASB"_s,  u"PCSO"_s, u"RSPCA"_s, u"GOV.UK"_s,
        u"MP"_s,    u"MPS"_s,  u"FAQ"_s,  u"FAQS"_s, u"CV"_s,   u"TV"_s,    u"UKVI"_s,
        u"BSL"_s,   u"PTA"_s,  u"SEMH"_s, u"ADHD"_s, u"ASD"_s,  u"DLA"_s,   u"ESA"_s,
        u"JSA"_s,   u"HGV"_s,  u"WEEE"_s, u"I"_s,    u"OK"_s,   u"EV"_s,    u"LED"_s,
    };
    return acronyms.contains(word);
}

// Days and months keep their capital letter in sentence case.
bool isProperName(const QString &lowerWord)
{
    static const QSet<QString> names = {
        u"monday"_s,   u"tuesday"_s,  u"wednesday"_s, u"thursday"_s,  u"friday"_s,
        u"saturday"_s, u"sunday"_s,   u"january"_s,   u"february"_s,  u"march"_s,
        u"april"_s,    u"june"_s,     u"july"_s,      u"august"_s,    u"september"_s,
        u"october"_s,  u"november"_s, u"december"_s,  u"christmas"_s, u"easter"_s,
    };
    return names.contains(lowerWord);
}

// A word also written in capitals in ordinary text elsewhere on the page is an abbreviation
// the author uses ("LBC"), not shouting.
bool isCapitalisedElsewhere(QStringView source, Span run, const QString &word)
{
    if (word.size() > 6)
        return false;
    const QRegularExpression pattern(u"(?<![\\w])"_s + QRegularExpression::escape(word) +
                                     u"(?![\\w])"_s);
    for (QRegularExpressionMatchIterator it = pattern.globalMatch(source); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() < run.end && m.capturedEnd() > run.start)
            continue;
        const qsizetype from = std::max<qsizetype>(0, m.capturedStart() - 20);
        const qsizetype to = std::min<qsizetype>(source.size(), m.capturedEnd() + 20);
        const QStringView around = source.sliced(from, to - from);
        if (std::any_of(around.begin(), around.end(), [](QChar c) { return c.isLower(); }))
            return true;
    }
    return false;
}

// Whether `at` starts a sentence: nothing but markup, list or heading markers and quotes
// between it and the start of the block or the end of the previous sentence.
bool startsSentence(QStringView source, qsizetype at)
{
    int newlines = 0;
    qsizetype i = at;
    while (i > 0) {
        const QChar c = source[i - 1];
        if (c == u'\n') {
            if (++newlines >= 2)
                return true;
            --i;
        } else if (c.isSpace() || isMarker(c) || QStringView(u"[\"'‘“(").contains(c)) {
            --i;
        } else if (c == u'>') {
            const qsizetype open = source.first(i).lastIndexOf(u'<');
            const qsizetype lineStart = lineStartOf(source, i - 1);
            if (open >= lineStart && open >= 0) {
                i = open; // a tag
            } else {
                return true; // a block quote marker
            }
        } else if (c == u';' && source.first(i).lastIndexOf(u'&') >= i - 8) {
            i = source.first(i).lastIndexOf(u'&'); // an entity such as &nbsp;
        } else {
            break;
        }
    }
    if (i == 0)
        return true;
    const QChar c = source[i - 1];
    if (QStringView(u".!?:").contains(c))
        return true;
    // A heading, list item or numbered item marker at the start of its line.
    const qsizetype lineStart = lineStartOf(source, i - 1);
    static const QRegularExpression marker(QStringLiteral(R"(^\s*(#{1,6}|[-+*•]|\d+[.)])$)"));
    return marker.match(source.sliced(lineStart, i - lineStart)).hasMatch();
}

std::optional<QList<SourceEdit>> sentenceCaseEdits(const Finding &finding, QStringView source)
{
    const std::optional<Span> span = findingSpan(finding, source);
    if (!span || !holdsAnchor(source, *span, finding.anchor))
        return std::nullopt;
    const QStringView run = source.sliced(span->start, span->end - span->start);
    QString out;
    out.reserve(run.size());
    bool capitalNext = startsSentence(source, span->start);
    bool anyLetter = false;
    for (qsizetype i = 0; i < run.size();) {
        const QChar c = run[i];
        // Tags and entities are copied as they are.
        if (c == u'<' || c == u'&') {
            const qsizetype end = run.indexOf(c == u'<' ? u'>' : u';', i);
            if (end > i && (c == u'<' || end - i <= 8)) {
                out += run.sliced(i, end - i + 1);
                i = end + 1;
                continue;
            }
        }
        if (!c.isLetterOrNumber()) {
            if (QStringView(u".!?").contains(c))
                capitalNext = true;
            out += c;
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < run.size() &&
               (run[end].isLetterOrNumber() || run[end] == u'\'' || run[end] == u'’' ||
                run[end] == u'&' ||
                (run[end] == u'.' && end + 1 < run.size() && run[end + 1].isLetter())))
            ++end;
        const QString word = run.sliced(i, end - i).toString();
        if (std::any_of(word.cbegin(), word.cend(), [](QChar l) { return l.isLower(); }))
            return std::nullopt; // No longer an ALL CAPS run.
        anyLetter = anyLetter ||
                    std::any_of(word.cbegin(), word.cend(), [](QChar l) { return l.isLetter(); });
        QString cased;
        if (isKnownAcronym(word) || isCapitalisedElsewhere(source, *span, word)) {
            cased = word;
        } else {
            cased = word.toLower();
            if ((capitalNext || isProperName(cased)) && !cased.isEmpty())
                cased[0] = cased.at(0).toUpper();
        }
        capitalNext = false;
        out += cased;
        i = end;
    }
    if (!anyLetter || out == run)
        return std::nullopt;
    return QList<SourceEdit>{{span->start, span->end - span->start, out}};
}

// --- Faked lists --------------------------------------------------------------------------

struct FakeItem
{
    bool numbered = false;
    int number = 0;
    QString text;
};

// Splits a paragraph into lines at newlines and <br>, with hard-break markers removed, and
// reads list markers ("- ", "• ", "1) ", "2. ") off them. Lines before the first item are an
// introduction; lines after an item without a marker continue it.
std::optional<std::pair<QStringList, QList<FakeItem>>> readFakeList(const QString &paragraph)
{
    static const QRegularExpression breaks(QStringLiteral(R"(\s*(?:<br\s*/?>|\n)\s*)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression hardBreak(QStringLiteral(R"((\\| {2,})$)"));
    static const QRegularExpression marker(
        QStringLiteral(R"(^(?:([-–—•*·▪◦+])|(\d{1,3})[.)])\s+(\S.*)$)"));
    QStringList intro;
    QList<FakeItem> items;
    for (QString line : paragraph.split(breaks)) {
        line.remove(hardBreak);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const QRegularExpressionMatch m = marker.match(line);
        if (m.hasMatch()) {
            FakeItem item;
            item.numbered = m.capturedStart(2) >= 0;
            item.number = item.numbered ? m.captured(2).toInt() : 0;
            item.text = m.captured(3).trimmed();
            items.append(item);
        } else if (items.isEmpty()) {
            intro.append(line);
        } else {
            items.last().text += u' ' + line;
        }
    }
    if (items.size() < 2)
        return std::nullopt;
    return std::pair(intro, items);
}

std::optional<QList<SourceEdit>> makeListEdits(const Finding &finding, QStringView source,
                                               SourceFormat format)
{
    const std::optional<Span> span = findingSpan(finding, source);
    if (!span)
        return std::nullopt;
    // An HTML paragraph: <p>- a<br>- b</p>.
    static const QRegularExpression openP(QStringLiteral(R"(<p\b[^>]*>)"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression closeP(QStringLiteral(R"(</p\s*>)"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QString before = source.first(std::min(source.size(), span->start + 3)).toString();
    QRegularExpressionMatch open;
    for (QRegularExpressionMatchIterator it = openP.globalMatch(before); it.hasNext();)
        open = it.next();
    if (open.hasMatch() && !before.sliced(open.capturedEnd()).contains(closeP)) {
        const QRegularExpressionMatch close = closeP.match(source, open.capturedEnd());
        if (!close.hasMatch() || close.capturedEnd() < span->end)
            return std::nullopt;
        // Reported on the paragraph, the finding starts on the paragraph's first line.
        if (finding.anchor.isEmpty() ? open.capturedStart() < lineStartOf(source, span->start)
                                     : !holdsAnchor(source, *span, finding.anchor))
            return std::nullopt;
        const auto list = readFakeList(
            source.sliced(open.capturedEnd(), close.capturedStart() - open.capturedEnd())
                .toString());
        if (!list)
            return std::nullopt;
        const auto &[intro, items] = *list;
        QString out;
        if (!intro.isEmpty())
            out += open.captured() + intro.join(u"<br>\n"_s) + u"</p>\n"_s;
        const bool numbered = items.front().numbered;
        if (numbered && items.front().number != 1)
            out += QStringLiteral("<ol start=\"%1\">\n").arg(items.front().number);
        else
            out += numbered ? u"<ol>\n"_s : u"<ul>\n"_s;
        for (const FakeItem &item : items)
            out += u"<li>"_s + item.text + u"</li>\n"_s;
        out += numbered ? u"</ol>"_s : u"</ul>"_s;
        return QList<SourceEdit>{
            {open.capturedStart(), close.capturedEnd() - open.capturedStart(), out}};
    }
    if (format != SourceFormat::Markdown)
        return std::nullopt;
    // A Markdown paragraph: the non-blank lines around the finding.
    qsizetype start = lineStartOf(source, span->start);
    while (start > 0) {
        const qsizetype previous = lineStartOf(source, start - 1);
        const QStringView line = source.sliced(previous, start - 1 - previous);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            break;
        start = previous;
    }
    qsizetype end = lineEndOf(source, span->end - 1);
    while (end < source.size()) {
        const qsizetype next = lineEndOf(source, end + 1);
        if (source.sliced(end + 1, next - end - 1).trimmed().isEmpty())
            break;
        end = next;
    }
    const QStringView paragraph = source.sliced(start, end - start);
    // Reported on the paragraph, the finding covers exactly its lines; reported on words, it
    // still finds them.
    if (finding.anchor.isEmpty()
            ? start != lineStartOf(source, span->start) || end != lineEndOf(source, span->end - 1)
            : !holdsAnchor(source, *span, finding.anchor))
        return std::nullopt;
    // Inside a block quote or a list item the paragraph is indented or marked; leave those.
    static const QRegularExpression nested(QStringLiteral(R"(^(?: {4}|\t| {0,3}>))"),
                                           QRegularExpression::MultilineOption);
    if (nested.match(paragraph).hasMatch())
        return std::nullopt;
    const auto list = readFakeList(paragraph.toString());
    if (!list)
        return std::nullopt;
    const auto &[intro, items] = *list;
    QString out;
    if (!intro.isEmpty())
        out += intro.join(u"  \n"_s) + u"\n\n"_s;
    int number = items.front().number;
    const bool numbered = items.front().numbered;
    for (const FakeItem &item : items) {
        if (&item != &items.front())
            out += u'\n';
        out += numbered ? QString::number(number++) + u". "_s : u"- "_s;
        out += item.text;
    }
    return QList<SourceEdit>{{start, end - start, out}};
}

// --- Document links -----------------------------------------------------------------------

std::optional<QList<SourceEdit>> fileInfoEdits(const Finding &finding, QStringView source,
                                               SourceFormat format, const RepairInput &input)
{
    if (input.fileType.trimmed().isEmpty() || input.fileSize < 0)
        return std::nullopt;
    const std::optional<Link> link = linkFor(finding, source, format);
    if (!link || link->autolink)
        return std::nullopt;
    // At the end of the link's text, inside any emphasis or tags around it.
    qsizetype at = link->text.end;
    while (at > link->text.start && source[at - 1].isSpace())
        --at;
    QString info = Repairs::fileInfo(input.fileType, input.fileSize);
    info = link->html ? info.toHtmlEscaped() : info;
    return QList<SourceEdit>{{at, 0, u' ' + info}};
}

std::optional<QList<SourceEdit>> imageAltEdits(const Finding &finding, QStringView source,
                                               SourceFormat format, const QString &text,
                                               bool decorative = false)
{
    const std::optional<Span> span = findingSpan(finding, source);
    if (!span || finding.anchor.isEmpty() ||
        source.sliced(span->start, span->end - span->start) != finding.anchor)
        return std::nullopt;
    const std::optional<Image> image = findImage(source, *span, format);
    if (!image || (decorative && isInLink(source, *image)))
        return std::nullopt;
    return altEdit(*image, text);
}

bool isImageRule(const QString &ruleId)
{
    return isOneOf(ruleId, {u"alt-missing", u"alt-whitespace", u"alt-file-name", u"alt-placeholder",
                            u"alt-redundant-prefix", u"alt-too-long", u"link-image-no-alt",
                            u"alt-decorative"});
}

bool isLinkTextRule(const QString &ruleId)
{
    return isOneOf(ruleId, {u"link-generic-text", u"link-url-text",
                            u"link-same-text-different-target", u"link-empty"});
}

} // namespace

QList<RepairAction> Repairs::actionsFor(const Finding &finding)
{
    if (finding.source != Finding::Native)
        return {};
    const QString &rule = finding.ruleId;
    QList<RepairAction> actions;
    const auto offer = [&](const char16_t *id, QString label, bool guided) {
        actions.append({QString::fromUtf16(id), std::move(label), guided});
    };
    if (rule == u"list-fake")
        offer(u"make-list", QCoreApplication::translate("lga::check::Repairs", "Make it a list"),
              false);
    if (rule == u"text-all-caps")
        offer(u"sentence-case",
              QCoreApplication::translate("lga::check::Repairs", "Change to sentence case"), false);
    if (rule == u"heading-h1-in-body")
        offer(u"heading-level",
              QCoreApplication::translate("lga::check::Repairs", "Make it a level 2 heading"),
              false);
    if (rule == u"heading-skipped-level")
        offer(u"heading-level",
              QCoreApplication::translate("lga::check::Repairs", "Fix the heading level"), false);
    if (rule == u"link-document-type")
        offer(u"add-file-info",
              QCoreApplication::translate("lga::check::Repairs", "Add file type and size"), false);
    if (isImageRule(rule))
        offer(u"write-alt", QCoreApplication::translate("lga::check::Repairs", "Write alt text…"),
              true);
    // Decorative is plausible only where nothing suggests the image carries meaning: not for
    // a linked image or alt text that already tries to describe it.
    if (isOneOf(rule, {u"alt-missing", u"alt-placeholder", u"alt-whitespace"}))
        offer(u"mark-decorative",
              QCoreApplication::translate("lga::check::Repairs", "Mark as decorative"), false);
    if (isLinkTextRule(rule))
        offer(u"rewrite-link-text",
              QCoreApplication::translate("lga::check::Repairs", "Rewrite link text…"), true);
    return actions;
}

std::optional<QList<SourceEdit>> Repairs::edits(const QString &actionId, const Finding &finding,
                                                QStringView source, core::SourceFormat format,
                                                const RepairInput &input)
{
    const QList<RepairAction> actions = actionsFor(finding);
    const bool offered =
        std::any_of(actions.cbegin(), actions.cend(),
                    [&](const RepairAction &action) { return action.id == actionId; });
    if (!offered)
        return std::nullopt;
    if (actionId == u"make-list")
        return makeListEdits(finding, source, format);
    if (actionId == u"sentence-case")
        return sentenceCaseEdits(finding, source);
    if (actionId == u"heading-level")
        return headingLevelEdits(finding, source, format);
    if (actionId == u"add-file-info")
        return fileInfoEdits(finding, source, format, input);
    if (actionId == u"mark-decorative")
        return imageAltEdits(finding, source, format, QString(), true);
    if (actionId == u"write-alt")
        return imageAltEdits(finding, source, format, input.text.simplified());
    if (actionId == u"rewrite-link-text") {
        const std::optional<Link> link = linkFor(finding, source, format);
        if (!link)
            return std::nullopt;
        return rewriteLinkText(*link, source, format, input.text);
    }
    return std::nullopt;
}

std::optional<RepairContext> Repairs::context(const QString &actionId, const Finding &finding,
                                              QStringView source, core::SourceFormat format)
{
    if (actionId == u"write-alt" || actionId == u"mark-decorative") {
        const std::optional<Span> span = findingSpan(finding, source);
        if (!span || source.sliced(span->start, span->end - span->start) != finding.anchor)
            return std::nullopt;
        const std::optional<Image> image = findImage(source, *span, format);
        if (!image)
            return std::nullopt;
        return RepairContext{finding.anchor, image->altText};
    }
    if (actionId == u"rewrite-link-text" || actionId == u"add-file-info") {
        const std::optional<Link> link = linkFor(finding, source, format);
        if (!link)
            return std::nullopt;
        const QStringView text = source.sliced(link->text.start, link->text.end - link->text.start);
        return RepairContext{link->url,
                             link->html ? decodedEntities(visibleWords(text)) : visibleWords(text)};
    }
    return std::nullopt;
}

QString Repairs::apply(QStringView source, const QList<SourceEdit> &edits)
{
    QString result = source.toString();
    for (auto it = edits.crbegin(); it != edits.crend(); ++it)
        result.replace(it->start, it->length, it->replacement);
    return result;
}

QString Repairs::fileInfo(const QString &type, qint64 bytes)
{
    // The text goes into the page, which is written in English whatever language the app's
    // interface uses, so it is not translated.
    static const QRegularExpression extension(QStringLiteral("^[a-z]{2,5}$"));
    const QString name =
        extension.match(type.trimmed()).hasMatch() ? type.trimmed().toUpper() : type.trimmed();
    QString size;
    constexpr qint64 mega = 1024 * 1024;
    const qint64 kilobytes = std::max<qint64>(1, (bytes + 512) / 1024);
    if (kilobytes < 1024)
        size = QStringLiteral("%1 KB").arg(kilobytes);
    else
        size = QStringLiteral("%1 MB").arg(QString::number(double(bytes) / mega, 'f', 1));
    return QStringLiteral("(%1, %2)").arg(name, size);
}

} // namespace lga::check
