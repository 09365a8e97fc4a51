// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <cms-emulator/fault.h>

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class QHttpServerRequest;
class QTcpSocket;

namespace lga::emulator {

// Makes the emulator misbehave as real sites and networks do: slow answers, 5xx errors,
// maintenance mode, reset or truncated connections and unparsable bodies. Configured over
// `/emulator/faults` (GET lists, POST {"faults": […]} replaces, DELETE clears) or with `add`.
// The `/emulator/…` routes themselves are never faulted.
class FaultInjector : public QObject
{
public:
    // Handles a request for real; the injector calls it when a request should run.
    using Dispatch = std::function<bool(const QHttpServerRequest &, QTcpSocket *)>;

    explicit FaultInjector(Dispatch dispatch, QObject *parent = nullptr);

    void add(const Fault &fault);
    // Adds the command-line form of a fault; false with `error` set when it is invalid.
    bool addSpec(const QString &spec, QString *error);
    void clear();
    const QList<Fault> &faults() const { return m_faults; }

    // The server calls this first for every request. True when the injector took the request
    // (answered it, broke it, or holds it for later); false lets the server answer normally.
    bool intercept(const QHttpServerRequest &request, QTcpSocket *socket);

private:
    void admin(const QHttpServerRequest &request, QTcpSocket *socket);
    void respond(const QHttpServerRequest &request, QTcpSocket *socket,
                 const std::optional<Fault> &outcome);
    // Runs the request for real, answering on `socket`.
    void dispatch(const QHttpServerRequest &request, QTcpSocket *socket);
    // Runs the request for real and returns the bytes its response would have had.
    QByteArray capture(const QHttpServerRequest &request);

    Dispatch m_dispatch;
    QList<Fault> m_faults;
    bool m_dispatching = false;
};

} // namespace lga::emulator
