// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <check/finding.h>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace lga::ui {

class PreviewView;

/// The full accessibility audit: axe-core run over the preview's rendered body.
///
/// axe-core is injected into the preview's isolated app world (once per page load, from the
/// app's resources) and runs in Chromium's renderer process, so the UI stays responsive; the
/// page's own JavaScript stays off. Only the body is audited, with the WCAG 2.0–2.2 A and AA
/// rules and axe's best practices, minus the rules that judge the whole page (the theme).
///
/// Each node axe reports becomes one Finding (source Axe, rule id "axe:<rule>"), pinned to the
/// source lines of the top-level block that holds it, column 0, with the node's words (or an
/// image's address) as its anchor. Severity follows axe's impact: critical and serious are
/// errors, moderate a warning, minor a tip. Message, why and help link are axe's own (English).
/// Only violations are reported: axe's "needs review" results are left to the native rules.
class AxeAudit : public QObject
{
    Q_OBJECT
public:
    explicit AxeAudit(PreviewView *view, QObject *parent = nullptr);

    /// Audits what the preview shows now. Ends with finished() or failed(), never both; a run
    /// still going is abandoned first (its result is ignored).
    void start(std::chrono::milliseconds timeout = std::chrono::seconds(30));
    /// Abandons the current run without a signal.
    void cancel();
    bool isRunning() const { return m_running; }

    /// Converts the JSON that resources/axe/audit.js hands over into findings.
    static QList<check::Finding> findingsFromJson(const QByteArray &json);

Q_SIGNALS:
    void finished(const QList<lga::check::Finding> &findings);
    /// The audit could not run or took too long; `reason` is translated.
    void failed(const QString &reason);

private:
    void launch(quint64 token);
    void poll();
    void fail(const QString &reason);

    QPointer<PreviewView> m_view;
    QTimer m_poll;
    QTimer m_deadline;
    quint64 m_token = 0;
    bool m_running = false;
    bool m_pollInFlight = false;
};

} // namespace lga::ui
