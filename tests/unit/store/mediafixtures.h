// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QtEndian>

namespace lga::store::test {

/// A small image of `width` × `height` in `format` ("png", "jpeg", "gif"), filled with `color`.
inline QByteArray imageBytes(const char *format, int width = 8, int height = 6,
                             QColor color = QColor(0, 112, 60))
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

/// A 1 × 1 GIF, written out by hand: Qt reads GIF but cannot write it. `shade` changes the
/// colour, so two calls with different shades are different files.
inline QByteArray gifBytes(char shade = '\xff')
{
    QByteArray gif("GIF89a\x01\x00\x01\x00\x80\x00\x00", 13);
    gif += QByteArray(3, shade);
    gif += QByteArray("\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01"
                      "\x00\x00\x02\x02D\x01\x00;",
                      32);
    return gif;
}

/// The smallest file every PDF reader recognises by its header.
inline QByteArray pdfBytes()
{
    return QByteArrayLiteral("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 "
                             "0 R >>\n%%EOF\n");
}

/// A zip archive holding one stored entry, word/document.xml: what a DOCX file starts with.
inline QByteArray docxBytes()
{
    const QByteArray name = QByteArrayLiteral("word/document.xml");
    const QByteArray content = QByteArrayLiteral("<w:document/>");
    QByteArray zip("PK\x03\x04", 4);
    const auto put16 = [&](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        zip.append(b, 2);
    };
    const auto put32 = [&](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        zip.append(b, 4);
    };
    put16(20); // Version needed.
    put16(0);  // Flags.
    put16(0);  // Stored, not compressed.
    put16(0);  // Time.
    put16(0);  // Date.
    put32(0);  // CRC-32 (not checked by anything here).
    put32(quint32(content.size()));
    put32(quint32(content.size()));
    put16(quint16(name.size()));
    put16(0);
    zip += name;
    zip += content;
    return zip;
}

} // namespace lga::store::test
