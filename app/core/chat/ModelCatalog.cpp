#include "chat/ModelCatalog.h"

#include "api/ModelListRequest.h"
#include "api/ProviderClient.h"

ModelCatalog::ModelCatalog(ProviderClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void ModelCatalog::refresh(const ProviderProfile &profile, const QString &apiKey)
{
    if (profile.id.isEmpty() || m_fetching.contains(profile.id) || (profile.needsKey && apiKey.isEmpty()))
        return;
    m_fetching.insert(profile.id);
    ModelListRequest *request = m_client.createModelList(profile, apiKey, this);
    const QString id = profile.id;
    connect(request, &ModelListRequest::listFinished, this, [this, request, id](const QList<ModelInfo> &models,
                                                                                const ApiError &error) {
        request->deleteLater();
        m_fetching.remove(id);
        if (error.isError()) {
            Q_EMIT refreshFailed(id, error.userMessage());
            return;
        }
        QStringList ids;
        for (const ModelInfo &model : models)
            ids.append(model.id);
        m_models.insert(id, ids);
        Q_EMIT modelsChanged(id, ids);
    });
    request->start();
}
