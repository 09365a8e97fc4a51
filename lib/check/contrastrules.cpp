// SPDX-License-Identifier: GPL-2.0-or-later
#include <check/contrastrules.h>

#include <check/domtext.h>

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace lga::check {

using namespace domtext;

namespace {

using Colour = ContrastRules::Colour;

const QHash<QString, quint32> &namedColours()
{
    static const QHash<QString, quint32> names = {
        {QStringLiteral("black"), 0x000000},
        {QStringLiteral("white"), 0xffffff},
        {QStringLiteral("red"), 0xff0000},
        {QStringLiteral("green"), 0x008000},
        {QStringLiteral("blue"), 0x0000ff},
        {QStringLiteral("yellow"), 0xffff00},
        {QStringLiteral("orange"), 0xffa500},
        {QStringLiteral("purple"), 0x800080},
        {QStringLiteral("gray"), 0x808080},
        {QStringLiteral("grey"), 0x808080},
        {QStringLiteral("silver"), 0xc0c0c0},
        {QStringLiteral("maroon"), 0x800000},
        {QStringLiteral("olive"), 0x808000},
        {QStringLiteral("lime"), 0x00ff00},
        {QStringLiteral("aqua"), 0x00ffff},
        {QStringLiteral("cyan"), 0x00ffff},
        {QStringLiteral("teal"), 0x008080},
        {QStringLiteral("navy"), 0x000080},
        {QStringLiteral("fuchsia"), 0xff00ff},
        {QStringLiteral("magenta"), 0xff00ff},
        {QStringLiteral("darkgray"), 0xa9a9a9},
        {QStringLiteral("darkgrey"), 0xa9a9a9},
        {QStringLiteral("dimgray"), 0x696969},
        {QStringLiteral("dimgrey"), 0x696969},
        {QStringLiteral("lightgray"), 0xd3d3d3},
        {QStringLiteral("lightgrey"), 0xd3d3d3},
        {QStringLiteral("gainsboro"), 0xdcdcdc},
        {QStringLiteral("whitesmoke"), 0xf5f5f5},
        {QStringLiteral("slategray"), 0x708090},
        {QStringLiteral("slategrey"), 0x708090},
        {QStringLiteral("lightslategray"), 0x778899},
        {QStringLiteral("darkslategray"), 0x2f4f4f},
        {QStringLiteral("pink"), 0xffc0cb},
        {QStringLiteral("hotpink"), 0xff69b4},
        {QStringLiteral("gold"), 0xffd700},
        {QStringLiteral("khaki"), 0xf0e68c},
        {QStringLiteral("beige"), 0xf5f5dc},
        {QStringLiteral("ivory"), 0xfffff0},
        {QStringLiteral("lightyellow"), 0xffffe0},
        {QStringLiteral("wheat"), 0xf5deb3},
        {QStringLiteral("tan"), 0xd2b48c},
        {QStringLiteral("brown"), 0xa52a2a},
        {QStringLiteral("crimson"), 0xdc143c},
        {QStringLiteral("darkred"), 0x8b0000},
        {QStringLiteral("firebrick"), 0xb22222},
        {QStringLiteral("tomato"), 0xff6347},
        {QStringLiteral("coral"), 0xff7f50},
        {QStringLiteral("salmon"), 0xfa8072},
        {QStringLiteral("orangered"), 0xff4500},
        {QStringLiteral("darkorange"), 0xff8c00},
        {QStringLiteral("lightblue"), 0xadd8e6},
        {QStringLiteral("skyblue"), 0x87ceeb},
        {QStringLiteral("lightskyblue"), 0x87cefa},
        {QStringLiteral("deepskyblue"), 0x00bfff},
        {QStringLiteral("dodgerblue"), 0x1e90ff},
        {QStringLiteral("royalblue"), 0x4169e1},
        {QStringLiteral("steelblue"), 0x4682b4},
        {QStringLiteral("cornflowerblue"), 0x6495ed},
        {QStringLiteral("darkblue"), 0x00008b},
        {QStringLiteral("midnightblue"), 0x191970},
        {QStringLiteral("lightgreen"), 0x90ee90},
        {QStringLiteral("palegreen"), 0x98fb98},
        {QStringLiteral("limegreen"), 0x32cd32},
        {QStringLiteral("darkgreen"), 0x006400},
        {QStringLiteral("forestgreen"), 0x228b22},
        {QStringLiteral("seagreen"), 0x2e8b57},
        {QStringLiteral("turquoise"), 0x40e0d0},
        {QStringLiteral("violet"), 0xee82ee},
        {QStringLiteral("orchid"), 0xda70d6},
        {QStringLiteral("plum"), 0xdda0dd},
        {QStringLiteral("indigo"), 0x4b0082},
        {QStringLiteral("lavender"), 0xe6e6fa},
        {QStringLiteral("aliceblue"), 0xf0f8ff},
        {QStringLiteral("honeydew"), 0xf0fff0},
        {QStringLiteral("mintcream"), 0xf5fffa},
        {QStringLiteral("snow"), 0xfffafa},
        {QStringLiteral("linen"), 0xfaf0e6},
        {QStringLiteral("lemonchiffon"), 0xfffacd},
    };
    return names;
}

double channel(double value)
{
    const double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const Colour &c)
{
    return 0.2126 * channel(c.red) + 0.7152 * channel(c.green) + 0.0722 * channel(c.blue);
}

// One declaration's value from an inline style ("color: #777; font-size: 24px").
QString declaration(const QString &style, QStringView property)
{
    for (const QStringView part : QStringView(style).split(u';')) {
        const qsizetype colon = part.indexOf(u':');
        if (colon < 0)
            continue;
        if (part.left(colon).trimmed().compare(property, Qt::CaseInsensitive) != 0)
            continue;
        QString value = part.mid(colon + 1).trimmed().toString().toLower();
        value.remove(QStringLiteral("!important"));
        return value.trimmed();
    }
    return {};
}

struct Painting
{
    std::optional<Colour> colour; ///< Set here, if it is.
    std::optional<Colour> background;
    bool unknownBackground = false; ///< An image or gradient: no ratio can be known.
};

Painting paintingOf(html::Node element, QStringView tag)
{
    Painting painting;
    if (tag == u"font" && element.hasAttribute(u"color"))
        painting.colour = ContrastRules::parseColour(element.attribute(u"color"));
    if (element.hasAttribute(u"bgcolor"))
        painting.background = ContrastRules::parseColour(element.attribute(u"bgcolor"));
    const QString style = element.attribute(u"style");
    if (style.isEmpty())
        return painting;
    if (const QString colour = declaration(style, u"color"); !colour.isEmpty())
        painting.colour = ContrastRules::parseColour(colour);
    QString background = declaration(style, u"background-color");
    if (background.isEmpty()) {
        background = declaration(style, u"background");
        if (background.contains(u"url(") || background.contains(u"gradient")) {
            painting.unknownBackground = true;
            return painting;
        }
        // The shorthand's colour is one of its words; the others are positions, repeats…
        for (const QString &word : background.split(u' ', Qt::SkipEmptyParts)) {
            if (const std::optional<Colour> colour = ContrastRules::parseColour(word)) {
                painting.background = colour;
                break;
            }
        }
    } else {
        painting.background = ContrastRules::parseColour(background);
    }
    return painting;
}

bool isPainted(const Painting &painting)
{
    return painting.colour || painting.background || painting.unknownBackground;
}

double fontSize(html::Node element)
{
    static const QRegularExpression size(QStringLiteral(R"(^([\d.]+)\s*(px|pt|em|rem|%)$)"));
    for (html::Node n = element; !n.isNull() && n.isElement(); n = n.parent()) {
        const QString tag = n.tagName();
        const QString value = declaration(n.attribute(u"style"), u"font-size");
        if (!value.isEmpty()) {
            const QRegularExpressionMatch match = size.match(value);
            if (match.hasMatch()) {
                const double number = match.captured(1).toDouble();
                const QString unit = match.captured(2);
                if (unit == u"px")
                    return number;
                if (unit == u"pt")
                    return number * 4.0 / 3.0;
                if (unit == u"%")
                    return number * 16.0 / 100.0;
                return number * 16.0;
            }
            if (value == u"large")
                return 18;
            if (value == u"x-large")
                return 24;
            if (value == u"xx-large" || value == u"xxx-large")
                return 32;
        }
        // Browsers' default sizes for headings.
        if (tag == u"h1")
            return 32;
        if (tag == u"h2")
            return 24;
        if (tag == u"h3")
            return 18.72;
        if (tag == u"h4")
            return 16;
    }
    return 16;
}

bool isBold(html::Node element)
{
    for (html::Node n = element; !n.isNull() && n.isElement(); n = n.parent()) {
        const QString tag = n.tagName();
        if (tag == u"strong" || tag == u"b" ||
            (tag.size() == 2 && tag[0] == u'h' && tag[1] >= u'1' && tag[1] <= u'6'))
            return true;
        const QString weight = declaration(n.attribute(u"style"), u"font-weight");
        if (weight == u"bold" || weight == u"bolder" || weight.toInt() >= 700)
            return true;
    }
    return false;
}

// Text that takes this element's colours: not text whose own element sets colours, which is
// checked there.
bool hasOwnText(html::Node node)
{
    for (const html::Node &child : node.children()) {
        if (child.isText()) {
            if (!child.isWhitespace())
                return true;
            continue;
        }
        if (!child.isElement())
            continue;
        if (!isPainted(paintingOf(child, child.tagName())) && hasOwnText(child))
            return true;
    }
    return false;
}

} // namespace

std::optional<ContrastRules::Colour> ContrastRules::parseColour(QStringView text)
{
    const QString value = text.trimmed().toString().toLower();
    if (value.startsWith(u'#')) {
        bool ok = false;
        const QString hex = value.mid(1);
        const uint number = hex.toUInt(&ok, 16);
        if (!ok)
            return std::nullopt;
        const auto nibble = [&hex](int i) {
            return double(QStringView(hex).sliced(i, 1).toUInt(nullptr, 16) * 17);
        };
        const auto byte = [&hex](int i) {
            return double(QStringView(hex).sliced(i, 2).toUInt(nullptr, 16));
        };
        switch (hex.size()) {
        case 3:
            return Colour{nibble(0), nibble(1), nibble(2), 1};
        case 4:
            return Colour{nibble(0), nibble(1), nibble(2), nibble(3) / 255.0};
        case 6:
            return Colour{double((number >> 16) & 0xff), double((number >> 8) & 0xff),
                          double(number & 0xff), 1};
        case 8:
            return Colour{byte(0), byte(2), byte(4), byte(6) / 255.0};
        default:
            return std::nullopt;
        }
    }
    static const QRegularExpression function(QStringLiteral(
        R"(^rgba?\(\s*([\d.]+%?)[\s,]+([\d.]+%?)[\s,]+([\d.]+%?)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$)"));
    if (const QRegularExpressionMatch match = function.match(value); match.hasMatch()) {
        const auto component = [&match](int i, double scale) {
            const QString part = match.captured(i);
            if (part.endsWith(u'%'))
                return QStringView(part).chopped(1).toDouble() / 100.0 * scale;
            return part.toDouble();
        };
        Colour colour{component(1, 255), component(2, 255), component(3, 255), 1};
        if (match.hasCaptured(4) && !match.captured(4).isEmpty())
            colour.alpha = component(4, 1);
        return colour;
    }
    if (value == u"transparent")
        return Colour{0, 0, 0, 0};
    const auto it = namedColours().constFind(value);
    if (it == namedColours().cend())
        return std::nullopt;
    return Colour{double((*it >> 16) & 0xff), double((*it >> 8) & 0xff), double(*it & 0xff), 1};
}

double ContrastRules::contrastRatio(const Colour &a, const Colour &b)
{
    const double first = luminance(a);
    const double second = luminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

void ContrastRules::visit(html::Node element, QStringView tag)
{
    if (!element.hasAttribute(u"style") && !element.hasAttribute(u"bgcolor") && tag != u"font")
        return;
    if (!isPainted(paintingOf(element, tag)) || !hasOwnText(element))
        return;
    // The nearest colour and background set on the element or around it.
    std::optional<Colour> colour;
    std::optional<Colour> background;
    for (html::Node n = element; !n.isNull() && n.isElement(); n = n.parent()) {
        const Painting painting = paintingOf(n, n.tagName());
        if (!colour && painting.colour)
            colour = painting.colour;
        if (!background) {
            if (painting.unknownBackground)
                return;
            // A transparent background shows the one behind it.
            if (painting.background && painting.background->alpha > 0)
                background = painting.background;
        }
    }
    const Colour text = colour.value_or(Colour{0x0b, 0x0c, 0x0c, 1});
    const Colour behind = background.value_or(Colour{255, 255, 255, 1});
    // Semi-transparent colours depend on what is behind them, which the author cannot see
    // here: like Sa11y, leave them alone rather than guess.
    if (text.alpha < 1 || behind.alpha < 1)
        return;
    const double size = fontSize(element);
    const bool large = size >= 24 || (size >= 18.66 && isBold(element));
    const double required = large ? 3.0 : 4.5;
    const double ratio = contrastRatio(text, behind);
    if (ratio >= required)
        return;
    // Shown as axe shows it, but never rounded up to a ratio that would pass.
    double shown = std::round(ratio * 100) / 100;
    if (shown >= required)
        shown = std::floor(ratio * 100) / 100;
    add(element, "contrast-low", Finding::Error, "1.4.3", "color-contrast",
        QCoreApplication::translate(
            "lga::check::Checker",
            "This text's colour does not stand out enough from its background (%1:1; it needs "
            "%2:1).")
            .arg(shown, 0, 'f', 2)
            .arg(required, 0, 'f', 1),
        QCoreApplication::translate(
            "lga::check::Checker",
            "People with low vision or colour blindness, or reading on a phone in sunlight, "
            "cannot read pale text. Use the site's normal text colour, or a darker one."),
        textContent(element));
}

} // namespace lga::check
