// SPDX-License-Identifier: GPL-2.0-or-later
#include <html/document.h>

#include <gumbo.h>

#include <utility>

namespace lga::html {

namespace {

GumboOptions fragmentOptions()
{
    GumboOptions options = kGumboDefaultOptions;
    options.fragment_context = GUMBO_TAG_BODY;
    options.fragment_namespace = GUMBO_NAMESPACE_HTML;
    // A tab counts as one column, so columns are plain code point counts like an editor's.
    options.tab_stop = 1;
    // gumbo copies the stack of open elements into every error it records, which makes deeply
    // nested input cost quadratic memory; nothing here reads the errors.
    options.max_errors = 0;
    return options;
}

} // namespace

Document::Document(QStringView html)
{
    parse(html.toUtf8());
}

Document Document::fromUtf8(QByteArray html)
{
    Document document;
    document.parse(std::move(html));
    return document;
}

Document::Document(Document &&other) noexcept
    : m_utf8(std::move(other.m_utf8))
    , m_output(std::exchange(other.m_output, nullptr))
{}

Document &Document::operator=(Document &&other) noexcept
{
    if (this != &other) {
        release();
        m_utf8 = std::move(other.m_utf8);
        m_output = std::exchange(other.m_output, nullptr);
    }
    return *this;
}

Document::~Document()
{
    release();
}

void Document::parse(QByteArray utf8)
{
    m_utf8 = std::move(utf8);
    // gumbo keeps pointers into the buffer, so it must be this object's own, unshared copy.
    m_utf8.detach();
    const GumboOptions options = fragmentOptions();
    m_output = gumbo_parse_with_options(&options, m_utf8.constData(), size_t(m_utf8.size()));
}

void Document::release()
{
    if (m_output) {
        const GumboOptions options = fragmentOptions();
        gumbo_destroy_output(&options, m_output);
        m_output = nullptr;
    }
}

Node Document::root() const
{
    return Node(m_output ? m_output->root : nullptr);
}

} // namespace lga::html
