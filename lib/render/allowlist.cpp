// SPDX-License-Identifier: GPL-2.0-or-later
#include <render/allowlist.h>

#include <algorithm>

namespace lga::render {

namespace {

std::string toLowerAscii(QStringView text)
{
    std::string result = text.toString().toUtf8().toStdString();
    for (char &c : result) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return result;
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// The wysiwyg format's filter_html "allowed_html", in Drupal's notation (§2.6 of the LocalGov
// reference). cmark-gfm also emits `align` on table cells and `class="language-…"` on fenced
// code; neither is listed, so the sanitizer drops them, exactly as the site would.
constexpr auto localGovWysiwygAllowedHtml =
    u"<em> <strong> <cite> <blockquote cite> <code> <ol type start> <li> <dl> <dt> <dd> <h1>"
    u" <h2 id> <h3 id> <h4 id> <h5 id> <h6 id> <pre> <mark> <u>"
    u" <p class=\"alert alert-info alert-danger alert-primary alert-success callout"
    u" callout-primary callout-success callout-danger callout-teal callout-carbon callout-yellow\">"
    u" <a href hreflang data-entity-substitution data-entity-type data-entity-uuid title"
    u" class=\"external-link pdf-link btn btn-start col-sm-6 mt-3\">"
    u" <ul type class=\"list-checked\">"
    u" <img src alt data-entity-type data-entity-uuid data-align data-caption>"
    u" <drupal-media data-entity-type data-entity-uuid data-view-mode data-align data-caption alt"
    u" title>"
    u" <table> <caption> <tbody> <thead> <tfoot> <th> <td> <tr>"
    // Not in the site's list, but what cmark-gfm writes for hard line breaks (`<br>`, which the
    // site's CKEditor writes too), thematic breaks and GFM strikethrough. Without them Markdown
    // would lose line breaks, rules and struck-out text before reaching the site; the site's
    // own filter may still strip `<hr>` and `<del>` on display (keeping their text).
    u" <br> <hr> <del>";

} // namespace

const AllowList::AttributeRule *AllowList::TagRule::attribute(std::string_view name) const
{
    for (const AttributeRule &rule : attributes) {
        if (rule.name == name)
            return &rule;
    }
    return nullptr;
}

AllowList AllowList::fromDrupalAllowedHtml(QStringView allowedHtml)
{
    AllowList list;
    const qsizetype size = allowedHtml.size();
    qsizetype i = 0;
    while (i < size) {
        if (allowedHtml[i] != u'<') {
            ++i;
            continue;
        }
        ++i;
        const qsizetype nameStart = i;
        while (i < size && !isSpace(allowedHtml[i]) && allowedHtml[i] != u'>' &&
               allowedHtml[i] != u'/')
            ++i;
        const QStringView tagName = allowedHtml.sliced(nameStart, i - nameStart);
        if (tagName.isEmpty() || tagName.contains(u'*'))
            continue;
        TagRule &tag = list.ensureTag(tagName);
        while (i < size && allowedHtml[i] != u'>') {
            if (isSpace(allowedHtml[i]) || allowedHtml[i] == u'/') {
                ++i;
                continue;
            }
            const qsizetype attributeStart = i;
            while (i < size && !isSpace(allowedHtml[i]) && allowedHtml[i] != u'=' &&
                   allowedHtml[i] != u'>' && allowedHtml[i] != u'/')
                ++i;
            const QStringView attributeName =
                allowedHtml.sliced(attributeStart, i - attributeStart);
            QStringList values;
            if (i < size && allowedHtml[i] == u'=') {
                ++i;
                const QChar quote = i < size ? allowedHtml[i] : QChar();
                qsizetype valueStart = i;
                if (quote == u'"' || quote == u'\'') {
                    valueStart = ++i;
                    while (i < size && allowedHtml[i] != quote)
                        ++i;
                } else {
                    while (i < size && !isSpace(allowedHtml[i]) && allowedHtml[i] != u'>')
                        ++i;
                }
                values = allowedHtml.sliced(valueStart, i - valueStart)
                             .toString()
                             .simplified()
                             .split(u' ', Qt::SkipEmptyParts);
                if (i < size && (allowedHtml[i] == u'"' || allowedHtml[i] == u'\''))
                    ++i;
            }
            // Drupal's wildcards (`data-*`) are deliberately not supported: every attribute the
            // site accepts is named, so a wildcard could only let more through than intended.
            if (attributeName.isEmpty() || attributeName.contains(u'*'))
                continue;
            AttributeRule &attribute = list.ensureAttribute(tag, attributeName);
            for (const QString &value : std::as_const(values)) {
                std::string token = value.toUtf8().toStdString();
                if (std::find(attribute.values.begin(), attribute.values.end(), token) ==
                    attribute.values.end())
                    attribute.values.push_back(std::move(token));
            }
        }
    }
    return list;
}

AllowList AllowList::localGovWysiwyg()
{
    // Built once; copies share nothing mutable, so this is safe from any thread.
    static const AllowList list = fromDrupalAllowedHtml(localGovWysiwygAllowedHtml);
    return list;
}

void AllowList::allowTag(QStringView tag, const QStringList &attributes)
{
    TagRule &rule = ensureTag(tag);
    for (const QString &attribute : attributes)
        ensureAttribute(rule, attribute);
}

void AllowList::allowValues(QStringView tag, QStringView attribute, const QStringList &values)
{
    AttributeRule &rule = ensureAttribute(ensureTag(tag), attribute);
    rule.values.clear();
    for (const QString &value : values) {
        if (!value.isEmpty())
            rule.values.push_back(value.toUtf8().toStdString());
    }
}

bool AllowList::allowsTag(QStringView tag) const
{
    return this->tag(toLowerAscii(tag)) != nullptr;
}

bool AllowList::allowsAttribute(QStringView tag, QStringView attribute) const
{
    const TagRule *rule = this->tag(toLowerAscii(tag));
    return rule && rule->attribute(toLowerAscii(attribute));
}

QStringList AllowList::allowedValues(QStringView tag, QStringView attribute) const
{
    QStringList result;
    const TagRule *rule = this->tag(toLowerAscii(tag));
    const AttributeRule *attributeRule = rule ? rule->attribute(toLowerAscii(attribute)) : nullptr;
    if (attributeRule) {
        for (const std::string &value : attributeRule->values)
            result.append(QString::fromStdString(value));
    }
    return result;
}

QStringList AllowList::tags() const
{
    QStringList result;
    result.reserve(qsizetype(m_tags.size()));
    for (const TagRule &rule : m_tags)
        result.append(QString::fromStdString(rule.name));
    return result;
}

const AllowList::TagRule *AllowList::tag(std::string_view name) const
{
    const auto it = std::lower_bound(
        m_tags.begin(), m_tags.end(), name,
        [](const TagRule &rule, std::string_view wanted) { return rule.name < wanted; });
    return it != m_tags.end() && it->name == name ? &*it : nullptr;
}

AllowList::TagRule &AllowList::ensureTag(QStringView name)
{
    std::string key = toLowerAscii(name);
    auto it = std::lower_bound(
        m_tags.begin(), m_tags.end(), key,
        [](const TagRule &rule, const std::string &wanted) { return rule.name < wanted; });
    if (it == m_tags.end() || it->name != key)
        it = m_tags.insert(it, TagRule{std::move(key), {}});
    return *it;
}

AllowList::AttributeRule &AllowList::ensureAttribute(TagRule &tag, QStringView name)
{
    const std::string key = toLowerAscii(name);
    for (AttributeRule &rule : tag.attributes) {
        if (rule.name == key)
            return rule;
    }
    tag.attributes.push_back(AttributeRule{key, {}});
    return tag.attributes.back();
}

} // namespace lga::render
