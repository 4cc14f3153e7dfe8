#pragma once

#include "settings/ProviderProfile.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

class ProviderClient;

// The models each profile's provider offers (GET /models), fetched without blocking, kept per
// profile for the session and fetched again on request. What the model picker lists; typing a
// model that is not listed stays possible.
class ModelCatalog final : public QObject
{
    Q_OBJECT

public:
    explicit ModelCatalog(ProviderClient &client, QObject *parent = nullptr);

    // The list fetched for the profile so far (empty before the first answer).
    QStringList models(const QString &profileId) const { return m_models.value(profileId); }
    bool hasModels(const QString &profileId) const { return m_models.contains(profileId); }
    // Asks the provider again (one request per profile at a time).
    void refresh(const ProviderProfile &profile, const QString &apiKey);

Q_SIGNALS:
    void modelsChanged(const QString &profileId, const QStringList &models);
    void refreshFailed(const QString &profileId, const QString &message);

private:
    ProviderClient &m_client;
    QHash<QString, QStringList> m_models;
    QSet<QString> m_fetching;
};
