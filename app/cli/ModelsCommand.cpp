#include "ModelsCommand.h"

#include "EndpointOptions.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "StandardOutput.h"

#include "api/ModelListRequest.h"
#include "api/ProviderClient.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>

int ModelsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the models the provider offers."));
    parser.addHelpOption();
    EndpointOptions endpoint;
    endpoint.addTo(parser);
    if (const std::optional<int> done = CommandLine::parse(parser, arguments, m_err))
        return *done;
    if (const std::optional<int> refused = CommandLine::refuseArguments(parser, tr("Unexpected argument: %1"), m_err))
        return *refused;
    QString error;
    if (!endpoint.read(parser, &error)) {
        m_err << error << '\n';
        return ExitCode::Usage;
    }

    QNetworkAccessManager network;
    EndpointOptions::applyProxy(network);
    ProviderClient client(&network);
    ModelListRequest *request = client.createModelList(endpoint.profile(), endpoint.apiKey());
    QList<ModelInfo> models;
    ApiError failure;
    QEventLoop loop;
    QObject::connect(request, &ModelListRequest::listFinished, &loop,
                     [&](const QList<ModelInfo> &list, const ApiError &listError) {
                         models = list;
                         failure = listError;
                         loop.quit();
                     });
    request->start();
    loop.exec();

    if (failure.isError()) {
        m_err << failure.fullMessage() << '\n';
        return ExitCode::forError(failure);
    }
    QByteArray out;
    for (const ModelInfo &model : std::as_const(models))
        out += model.id.toUtf8() + '\n';
    StandardOutput::write(QByteArrayView(out));
    return ExitCode::Ok;
}
