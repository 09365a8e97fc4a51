// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QTcpSocket>

namespace lga::emulator {

// A socket that is never connected and keeps what is written to it, so a request can be
// handled for real and its response broken afterwards. Only synchronous writes are caught.
class CaptureSocket : public QTcpSocket
{
public:
    CaptureSocket();

    QByteArray written() const { return m_written; }
    // The response split at the blank line after the headers.
    QByteArray head() const;
    QByteArray body() const;

protected:
    qint64 writeData(const char *data, qint64 size) override;

private:
    QByteArray m_written;
};

} // namespace lga::emulator
