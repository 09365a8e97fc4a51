// SPDX-License-Identifier: GPL-2.0-or-later
#include "credentialstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace lga::sync {

namespace {

// Secrets kept when there is no keychain, shared by every store in the process so that a
// second CredentialStore finds what the first one saved.
struct MemoryVault
{
    QMutex mutex;
    QHash<QString, QByteArray> entries;
};

MemoryVault &memoryVault()
{
    static MemoryVault vault;
    return vault;
}

QByteArray secretsOf(const Credentials &credentials)
{
    QJsonObject object;
    if (!credentials.password.isEmpty())
        object.insert(QStringLiteral("password"), credentials.password);
    if (!credentials.accessToken.isEmpty())
        object.insert(QStringLiteral("accessToken"), credentials.accessToken);
    if (!credentials.refreshToken.isEmpty())
        object.insert(QStringLiteral("refreshToken"), credentials.refreshToken);
    if (credentials.accessTokenExpires.isValid())
        object.insert(QStringLiteral("accessTokenExpires"),
                      credentials.accessTokenExpires.toUTC().toString(Qt::ISODateWithMs));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Credentials withSecrets(Credentials credentials, const QByteArray &secrets)
{
    const QJsonObject object = QJsonDocument::fromJson(secrets).object();
    credentials.password = object.value(QStringLiteral("password")).toString();
    credentials.accessToken = object.value(QStringLiteral("accessToken")).toString();
    credentials.refreshToken = object.value(QStringLiteral("refreshToken")).toString();
    const QString expires = object.value(QStringLiteral("accessTokenExpires")).toString();
    credentials.accessTokenExpires =
        expires.isEmpty() ? QDateTime() : QDateTime::fromString(expires, Qt::ISODateWithMs);
    return credentials;
}

QString noKeychainMessage()
{
    return QCoreApplication::translate("lga::sync::CredentialStore",
                                       "No keychain is available on this computer; the password "
                                       "will be asked each time.");
}

// Why the keychain could not be used. libsecret reports a missing session bus or Secret Service
// as OtherError, so every failure but a refusal reads as "no keychain".
QString fallbackMessage(const QKeychain::Job *job)
{
    if (job->error() == QKeychain::AccessDeniedByUser || job->error() == QKeychain::AccessDenied)
        return QCoreApplication::translate(
            "lga::sync::CredentialStore",
            "The keychain did not let LocalGov Author keep the password; it will be asked each "
            "time.");
    return noKeychainMessage();
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{}

QString CredentialStore::serviceName()
{
    return QStringLiteral("LocalGov Author");
}

QString CredentialStore::keyFor(const Credentials &credentials)
{
    const QString site =
        credentials.site
            .adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo |
                      QUrl::StripTrailingSlash | QUrl::NormalizePathSegments)
            .toString();
    const QString who = credentials.userName.isEmpty()
                            ? QStringLiteral("oauth2:") + credentials.clientId
                            : credentials.userName;
    return site + u' ' + who;
}

void CredentialStore::save(const Credentials &credentials, Callback done)
{
    const QString key = keyFor(credentials);
    const QByteArray secrets = secretsOf(credentials);
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setBinaryData(secrets);
    connect(job, &QKeychain::Job::finished, this,
            [key, secrets, credentials, done](QKeychain::Job *job) {
                Result result;
                result.credentials = credentials;
                if (job->error() == QKeychain::NoError) {
                    result.status = Status::Ok;
                } else {
                    QMutexLocker lock(&memoryVault().mutex);
                    memoryVault().entries.insert(key, secrets);
                    result.status = Status::MemoryOnly;
                    result.message = fallbackMessage(job);
                }
                done(result);
            });
    job->start();
}

void CredentialStore::load(const Credentials &credentials, Callback done)
{
    const QString key = keyFor(credentials);
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [key, credentials, done](QKeychain::Job *job) {
        Result result;
        result.credentials = credentials;
        if (job->error() == QKeychain::NoError) {
            result.status = Status::Ok;
            result.credentials = withSecrets(
                credentials, static_cast<QKeychain::ReadPasswordJob *>(job)->binaryData());
        } else if (job->error() == QKeychain::EntryNotFound) {
            result.status = Status::NotFound;
        } else {
            QMutexLocker lock(&memoryVault().mutex);
            const auto found = memoryVault().entries.constFind(key);
            if (found == memoryVault().entries.constEnd()) {
                result.status = Status::NotFound;
            } else {
                result.status = Status::MemoryOnly;
                result.credentials = withSecrets(credentials, *found);
            }
            result.message = fallbackMessage(job);
        }
        done(result);
    });
    job->start();
}

void CredentialStore::remove(const Credentials &credentials, Callback done)
{
    const QString key = keyFor(credentials);
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [key, credentials, done](QKeychain::Job *job) {
        Result result;
        result.credentials = credentials;
        {
            // Whatever the keychain says, nothing of this entry stays in memory.
            QMutexLocker lock(&memoryVault().mutex);
            memoryVault().entries.remove(key);
        }
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) {
            result.status = Status::Ok;
        } else if (job->error() == QKeychain::CouldNotDeleteEntry) {
            result.message =
                QCoreApplication::translate("lga::sync::CredentialStore",
                                            "The keychain could not forget the password: %1")
                    .arg(job->errorString());
        } else {
            result.status = Status::MemoryOnly;
            result.message = fallbackMessage(job);
        }
        done(result);
    });
    job->start();
}

CredentialStore::Result CredentialStore::waitFor(const std::function<void(Callback)> &start)
{
    Result result;
    bool finished = false;
    QEventLoop loop;
    start([&](const Result &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

CredentialStore::Result CredentialStore::saveNow(const Credentials &credentials)
{
    return waitFor([&](Callback done) { save(credentials, std::move(done)); });
}

CredentialStore::Result CredentialStore::loadNow(const Credentials &credentials)
{
    return waitFor([&](Callback done) { load(credentials, std::move(done)); });
}

CredentialStore::Result CredentialStore::removeNow(const Credentials &credentials)
{
    return waitFor([&](Callback done) { remove(credentials, std::move(done)); });
}

} // namespace lga::sync
