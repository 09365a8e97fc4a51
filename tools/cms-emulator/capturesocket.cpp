// SPDX-License-Identifier: GPL-2.0-or-later
#include <cms-emulator/capturesocket.h>

namespace lga::emulator {

namespace {

const QByteArray blankLine = QByteArrayLiteral("\r\n\r\n");

} // namespace

CaptureSocket::CaptureSocket()
{
    // Open without a connection so that QIODevice::write reaches writeData.
    setOpenMode(QIODevice::ReadWrite | QIODevice::Unbuffered);
}

QByteArray CaptureSocket::head() const
{
    const qsizetype end = m_written.indexOf(blankLine);
    return end < 0 ? m_written : m_written.left(end + blankLine.size());
}

QByteArray CaptureSocket::body() const
{
    const qsizetype end = m_written.indexOf(blankLine);
    return end < 0 ? QByteArray() : m_written.mid(end + blankLine.size());
}

qint64 CaptureSocket::writeData(const char *data, qint64 size)
{
    m_written.append(data, size);
    return size;
}

} // namespace lga::emulator
