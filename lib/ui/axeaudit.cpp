// SPDX-License-Identifier: GPL-2.0-or-later
#include "axeaudit.h"

#include "previewview.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <atomic>

namespace lga::ui {

namespace {

QString loadResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("%s is missing from the resources", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

/// The app's audit helper and axe-core, read once: the preview needs them after every load.
/// The helper comes first, as it gives the world the timers axe-core relies on.
const QString &injectedScript()
{
    static const QString script = loadResource(QStringLiteral(":/axe/audit.js")) +
                                  QStringLiteral("\n;\n") +
                                  loadResource(QStringLiteral(":/axe/axe.min.js"));
    return script;
}

/// Tokens are unique across audits, since two audits of one preview share its world.
quint64 nextToken()
{
    static std::atomic<quint64> counter{0};
    return ++counter;
}

check::Finding::Severity severityOf(const QString &impact)
{
    if (impact == QLatin1String("critical") || impact == QLatin1String("serious"))
        return check::Finding::Error;
    if (impact == QLatin1String("moderate"))
        return check::Finding::Warning;
    return check::Finding::Tip;
}

/// axe tags success criteria as "wcag143"; the level tags ("wcag21aa") do not match.
QString wcagOf(const QJsonArray &tags)
{
    static const QRegularExpression criterion(QStringLiteral("^wcag(\\d)(\\d)(\\d{1,2})$"));
    QStringList criteria;
    for (const QJsonValue &tag : tags) {
        const QRegularExpressionMatch match = criterion.match(tag.toString());
        if (match.hasMatch())
            criteria << match.captured(1) + u'.' + match.captured(2) + u'.' + match.captured(3);
    }
    return criteria.join(QStringLiteral(", "));
}

} // namespace

AxeAudit::AxeAudit(PreviewView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
{
    // A poll is one round trip to the renderer; a small fragment is audited in tens of
    // milliseconds, so polling often keeps the audit quick without loading the UI thread.
    m_poll.setInterval(15);
    connect(&m_poll, &QTimer::timeout, this, &AxeAudit::poll);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_view && m_view->isReady())
            m_view->runInAppWorld(QStringLiteral("window.lgaAxe ? lgaAxe.cancel() : false"), {});
        fail(tr("The accessibility audit took too long and was stopped. Try again, or check a "
                "shorter page."));
    });
}

void AxeAudit::start(std::chrono::milliseconds timeout)
{
    cancel();
    const quint64 token = nextToken();
    m_token = token;
    m_running = true;
    if (!m_view || !m_view->isReady()) {
        // Reported from the event loop, as every other outcome is, so callers can connect after
        // calling start().
        QMetaObject::invokeMethod(
            this,
            [this, token] {
                if (m_running && m_token == token)
                    fail(tr("The preview is not ready yet, so the page could not be audited."));
            },
            Qt::QueuedConnection);
        return;
    }
    m_deadline.start(timeout);
    launch(token);
}

void AxeAudit::cancel()
{
    m_poll.stop();
    m_deadline.stop();
    m_running = false;
    m_pollInFlight = false;
    ++m_token; // Answers still on their way for the abandoned run are ignored.
}

void AxeAudit::launch(quint64 token)
{
    const QString begin = QStringLiteral("lgaAxe.start(%1)").arg(token);
    QPointer<AxeAudit> self(this);
    auto started = [self, token](const QVariant &ok) {
        if (!self || !self->m_running || self->m_token != token)
            return;
        if (ok.toBool())
            self->m_poll.start();
        else
            self->fail(tr("The accessibility audit could not start in the preview."));
    };
    // axe is injected once per page load: the first audit after a load finds it missing.
    m_view->runInAppWorld(
        QStringLiteral("window.lgaAxe && window.axe ? %1 : 'inject'").arg(begin),
        [self, token, begin, started](const QVariant &answer) {
            if (!self || !self->m_running || self->m_token != token || !self->m_view)
                return;
            if (answer.toString() == QLatin1String("inject"))
                self->m_view->runInAppWorld(injectedScript() + QStringLiteral("\n;") + begin,
                                            started);
            else
                started(answer);
        });
}

void AxeAudit::poll()
{
    if (m_pollInFlight || !m_view)
        return;
    m_pollInFlight = true;
    const quint64 token = m_token;
    QPointer<AxeAudit> self(this);
    m_view->runInAppWorld(
        QStringLiteral("window.lgaAxe ? lgaAxe.poll(%1) : 'lost'").arg(token),
        [self, token](const QVariant &answer) {
            if (!self || !self->m_running || self->m_token != token)
                return;
            self->m_pollInFlight = false;
            const QString text = answer.toString();
            if (text.isEmpty())
                return; // Still running.
            if (text == QLatin1String("lost")) {
                self->fail(tr("The preview was reloaded during the accessibility audit."));
                return;
            }
            const QJsonObject result = QJsonDocument::fromJson(text.toUtf8()).object();
            if (!result.value(QLatin1String("ok")).toBool()) {
                self->fail(tr("The accessibility audit stopped with an error: %1")
                               .arg(result.value(QLatin1String("error")).toString()));
                return;
            }
            const QList<check::Finding> findings = findingsFromJson(text.toUtf8());
            self->cancel();
            Q_EMIT self->finished(findings);
        });
}

void AxeAudit::fail(const QString &reason)
{
    cancel();
    Q_EMIT failed(reason);
}

QList<check::Finding> AxeAudit::findingsFromJson(const QByteArray &json)
{
    const QJsonArray nodes =
        QJsonDocument::fromJson(json).object().value(QLatin1String("nodes")).toArray();
    QList<check::Finding> findings;
    findings.reserve(nodes.size());
    for (const QJsonValue &value : nodes) {
        const QJsonObject node = value.toObject();
        check::Finding finding;
        finding.source = check::Finding::Axe;
        finding.axeRule = node.value(QLatin1String("rule")).toString();
        finding.ruleId = QStringLiteral("axe:") + finding.axeRule;
        finding.severity = severityOf(node.value(QLatin1String("impact")).toString());
        finding.wcag = wcagOf(node.value(QLatin1String("tags")).toArray());
        finding.message = node.value(QLatin1String("help")).toString();
        finding.why = node.value(QLatin1String("description")).toString();
        finding.helpUrl = node.value(QLatin1String("helpUrl")).toString();
        finding.anchor = node.value(QLatin1String("anchor")).toString();
        finding.line = node.value(QLatin1String("first")).toInt();
        finding.endLine = node.value(QLatin1String("last")).toInt();
        findings.append(finding);
    }
    // In reading order, as the native findings are; axe lists them rule by rule.
    std::stable_sort(
        findings.begin(), findings.end(),
        [](const check::Finding &a, const check::Finding &b) { return a.line < b.line; });
    return findings;
}

} // namespace lga::ui
