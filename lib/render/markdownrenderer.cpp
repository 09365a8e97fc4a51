// SPDX-License-Identifier: GPL-2.0-or-later
#include <render/markdownrenderer.h>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <array>
#include <memory>
#include <mutex>

namespace lga::render {

namespace {

struct Extensions
{
    // No tasklist: its checkboxes are `<input>`, which the site's format does not allow.
    // No footnotes: they need ids and back-links the format does not allow either.
    std::array<cmark_syntax_extension *, 4> list{};

    Extensions()
    {
        // Registration writes cmark's global registry without a lock, and registering twice
        // aborts; a function-local static runs this exactly once, whatever thread comes first.
        cmark_gfm_core_extensions_ensure_registered();
        const std::array names{"table", "strikethrough", "autolink", "tagfilter"};
        for (std::size_t i = 0; i < names.size(); ++i) {
            list[i] = cmark_find_syntax_extension(names[i]);
            Q_ASSERT(list[i]);
        }
    }
};

const Extensions &extensions()
{
    static const Extensions instance;
    return instance;
}

std::mutex &parseMutex()
{
    static std::mutex mutex;
    return mutex;
}

struct ParserDeleter
{
    void operator()(cmark_parser *parser) const { cmark_parser_free(parser); }
};
struct NodeDeleter
{
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};

QByteArray sourcePosNote(cmark_node *node)
{
    // cmark-gfm ends HTML blocks of the kinds that close on a marker (`</script>`, `-->` …)
    // one line early; the block's own text, which is every source line it took, is exact.
    QByteArrayView literal(cmark_node_get_literal(node));
    if (literal.endsWith('\n'))
        literal.chop(1);
    const int startLine = cmark_node_get_start_line(node);
    const int endLine = startLine + int(literal.count('\n'));
    const int endColumn = int(literal.size() - 1 - literal.lastIndexOf('\n'));
    return QByteArrayLiteral("<!--lga-sourcepos ") + QByteArray::number(startLine) + ':' +
           QByteArray::number(cmark_node_get_start_column(node)) + '-' +
           QByteArray::number(endLine) + ':' + QByteArray::number(endColumn) + "-->";
}

// cmark reads "\r\n" and "\r" as line ends (and counts lines the same way), but copies raw
// HTML verbatim; one kind of line end keeps the output, and positions, plain.
QByteArray normalizedLineEnds(QByteArrayView markdown)
{
    QByteArray result;
    result.reserve(markdown.size());
    for (qsizetype i = 0; i < markdown.size(); ++i) {
        const char c = markdown[i];
        if (c != '\r') {
            result.append(c);
            continue;
        }
        result.append('\n');
        if (i + 1 < markdown.size() && markdown[i + 1] == '\n')
            ++i;
    }
    return result;
}

} // namespace

QString MarkdownRenderer::toHtml(QStringView markdown, bool sourcePositions)
{
    return QString::fromUtf8(toHtmlUtf8(markdown.toUtf8(), sourcePositions).html);
}

MarkdownRenderer::Result MarkdownRenderer::toHtmlUtf8(QByteArrayView markdown, bool sourcePositions)
{
    const Extensions &ext = extensions();
    QByteArray normalized;
    if (markdown.contains('\r')) {
        normalized = normalizedLineEnds(markdown);
        markdown = normalized;
    }

    const int options = CMARK_OPT_UNSAFE | (sourcePositions ? CMARK_OPT_SOURCEPOS : 0);
    const std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(options));
    for (cmark_syntax_extension *extension : ext.list)
        cmark_parser_attach_syntax_extension(parser.get(), extension);
    std::unique_ptr<cmark_node, NodeDeleter> document;
    {
        const std::lock_guard lock(parseMutex());
        cmark_parser_feed(parser.get(), markdown.data(), std::size_t(markdown.size()));
        document.reset(cmark_parser_finish(parser.get()));
    }

    Result result;
    cmark_iter *iter = cmark_iter_new(document.get());
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        if (event != CMARK_EVENT_ENTER)
            continue;
        const cmark_node_type type = cmark_node_get_type(cmark_iter_get_node(iter));
        if (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE) {
            result.hasRawHtml = true;
            break;
        }
    }
    cmark_iter_free(iter);

    if (sourcePositions && result.hasRawHtml) {
        for (cmark_node *node = cmark_node_first_child(document.get()); node;
             node = cmark_node_next(node)) {
            if (cmark_node_get_type(node) != CMARK_NODE_HTML_BLOCK)
                continue;
            cmark_node *note = cmark_node_new(CMARK_NODE_HTML_BLOCK);
            cmark_node_set_literal(note, sourcePosNote(node).constData());
            cmark_node_insert_before(node, note);
        }
    }

    char *html = cmark_render_html(document.get(), options,
                                   cmark_parser_get_syntax_extensions(parser.get()));
    result.html = QByteArray(html);
    cmark_get_default_mem_allocator()->free(html);
    return result;
}

} // namespace lga::render
