// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace lga::sync {

/// Asks a small JSON feed whether a newer LocalGov Author is out:
/// `{"version": "0.2.0", "url": "https://…", "notes": "…"}`. The feed is the setting
/// `Updates/FeedUrl`, or defaultFeedUrl(). Nothing is downloaded or installed; the app only says
/// "LocalGov Author 0.2.0 is available". No request is made at all when the organisation's
/// policy or the user turned the check off (`Updates/DisableCheck`).
class UpdateChecker : public QObject
{
    Q_OBJECT
public:
    explicit UpdateChecker(QNetworkAccessManager *network, QObject *parent = nullptr);

    /// https://www.localgovdrupal.org/localgov-author/latest.json, published with each release.
    static QUrl defaultFeedUrl();
    /// Whether \a candidate is a later version than \a current (`0.10.0` is later than `0.9.1`).
    static bool isNewer(const QString &candidate, const QString &current);

    /// The feed in use: the setting `Updates/FeedUrl` when set, else defaultFeedUrl().
    QUrl feedUrl() const;
    /// The version to compare with; the app's own (core::kVersion) unless a test sets another.
    void setCurrentVersion(const QString &version) { m_currentVersion = version; }

    /// Starts one check unless it is turned off; returns false (and asks nothing) when it is.
    bool check();

signals:
    /// A newer version is out; \a message is the sentence for the status bar.
    void updateAvailable(const QString &version, const QUrl &url, const QString &notes,
                         const QString &message);
    /// The check ended: \a ok when the feed was read (newer or not), else why not.
    void finished(bool ok, const QString &error);

private:
    void onFinished(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QString m_currentVersion;
};

} // namespace lga::sync
