#include "secrets/KeychainSecretStore.h"

#include "app/AppInfo.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace {

SecretResult::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError: return SecretResult::Status::Ok;
    case QKeychain::EntryNotFound: return SecretResult::Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser: return SecretResult::Status::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: return SecretResult::Status::NoBackend;
    default: return SecretResult::Status::Error;
    }
}

// Runs one QtKeychain job and calls back exactly once: with the job's result, or with Timeout
// if it has not finished in time (a late result is then ignored).
void run(QKeychain::Job *job, int timeoutMs, QObject *context, const SecretStore::Callback &callback,
         bool wantsSecret)
{
    auto done = std::make_shared<bool>(false);
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, context, [done, callback, timeoutMs] {
        if (*done)
            return;
        *done = true;
        callback({SecretResult::Status::Timeout, {},
                  QCoreApplication::translate("KeychainSecretStore", "The keychain did not answer within %1 s.")
                      .arg(timeoutMs / 1000)});
    });
    QObject::connect(job, &QKeychain::Job::finished, context, [done, callback, wantsSecret](QKeychain::Job *finished) {
        if (*done)
            return;
        *done = true;
        SecretResult result{statusOf(finished->error()), {}, {}};
        if (result.ok() && wantsSecret)
            result.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
        if (!result.ok())
            result.message = finished->errorString();
        callback(result);
    });
    // The job deletes itself when finished; one that never finishes is abandoned to its backend.
    job->setAutoDelete(true);
    timer->start(timeoutMs);
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(int timeoutMs, QObject *parent)
    : SecretStore(parent)
    , m_timeoutMs(timeoutMs)
{
}

QString KeychainSecretStore::service() const
{
    return AppInfo::applicationId();
}

void KeychainSecretStore::readSecret(const QString &account, QObject *context, Callback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(service());
    job->setInsecureFallback(false);
    job->setKey(account);
    run(job, m_timeoutMs, context, callback, true);
}

void KeychainSecretStore::writeSecret(const QString &account, const QString &secret, QObject *context, Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(service());
    job->setInsecureFallback(false);
    job->setKey(account);
    job->setTextData(secret);
    run(job, m_timeoutMs, context, callback, false);
}

void KeychainSecretStore::deleteSecret(const QString &account, QObject *context, Callback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(service());
    job->setInsecureFallback(false);
    job->setKey(account);
    run(job, m_timeoutMs, context, callback, false);
}
