#include "ScriptedResponse.h"

#include <QJsonArray>
#include <QJsonDocument>

ScriptedResponse ScriptedResponse::raw(int status, const QByteArray &contentType, const QByteArray &body)
{
    ScriptedResponse response;
    response.status = status;
    response.framing = Framing::ContentLength;
    if (!contentType.isEmpty())
        response.headers.append({QByteArrayLiteral("Content-Type"), contentType});
    response.parts.append({body, 0});
    return response;
}

ScriptedResponse ScriptedResponse::json(int status, const QJsonObject &object)
{
    return raw(status, QByteArrayLiteral("application/json"),
               QJsonDocument(object).toJson(QJsonDocument::Compact));
}

ScriptedResponse ScriptedResponse::openAiError(int status, const QString &message, const QString &type,
                                               const QString &code)
{
    QJsonObject error{{QStringLiteral("message"), message}, {QStringLiteral("type"), type}};
    error.insert(QStringLiteral("code"), code.isEmpty() ? QJsonValue() : QJsonValue(code));
    return json(status, QJsonObject{{QStringLiteral("error"), error}});
}

ScriptedResponse ScriptedResponse::eventStream(const QList<QByteArray> &events, int delayBetweenMs)
{
    ScriptedResponse response;
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/event-stream")});
    response.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache")});
    for (qsizetype i = 0; i < events.size(); ++i)
        response.parts.append({events.at(i), i == 0 ? 0 : delayBetweenMs});
    return response;
}

ScriptedResponse ScriptedResponse::chatStream(const QStringList &pieces, int promptTokens,
                                              int completionTokens, int delayBetweenMs)
{
    QList<QByteArray> events;
    for (const QString &piece : pieces)
        events.append(sseData(contentChunk(piece)));
    events.append(sseData(finishChunk()));
    if (promptTokens >= 0)
        events.append(sseData(usageChunk(promptTokens, completionTokens)));
    events.append(sseDone());
    return eventStream(events, delayBetweenMs);
}

ScriptedResponse ScriptedResponse::chatCompletion(const QString &content, int promptTokens,
                                                  int completionTokens)
{
    const QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")},
                              {QStringLiteral("content"), content}};
    QJsonObject object{
        {QStringLiteral("id"), QStringLiteral("chatcmpl-test")},
        {QStringLiteral("object"), QStringLiteral("chat.completion")},
        {QStringLiteral("model"), QStringLiteral("test-model")},
        {QStringLiteral("choices"),
         QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                {QStringLiteral("message"), message},
                                {QStringLiteral("finish_reason"), QStringLiteral("stop")}}}},
    };
    if (promptTokens >= 0)
        object.insert(QStringLiteral("usage"), usageChunk(promptTokens, completionTokens)
                                                   .value(QStringLiteral("usage")));
    return json(200, object);
}

QByteArray ScriptedResponse::sseData(const QJsonObject &object)
{
    return QByteArrayLiteral("data: ") + QJsonDocument(object).toJson(QJsonDocument::Compact)
        + QByteArrayLiteral("\n\n");
}

QByteArray ScriptedResponse::sseDone()
{
    return QByteArrayLiteral("data: [DONE]\n\n");
}

namespace {
QJsonObject chunkEnvelope(const QString &model, const QJsonArray &choices)
{
    return {{QStringLiteral("id"), QStringLiteral("chatcmpl-test")},
            {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
            {QStringLiteral("created"), 1764000000},
            {QStringLiteral("model"), model},
            {QStringLiteral("choices"), choices}};
}
} // namespace

QJsonObject ScriptedResponse::contentChunk(const QString &content, const QString &model)
{
    const QJsonObject choice{{QStringLiteral("index"), 0},
                             {QStringLiteral("delta"), QJsonObject{{QStringLiteral("content"), content}}},
                             {QStringLiteral("finish_reason"), QJsonValue()}};
    return chunkEnvelope(model, QJsonArray{choice});
}

QJsonObject ScriptedResponse::finishChunk(const QString &reason, const QString &model)
{
    const QJsonObject choice{{QStringLiteral("index"), 0},
                             {QStringLiteral("delta"), QJsonObject{}},
                             {QStringLiteral("finish_reason"), reason}};
    return chunkEnvelope(model, QJsonArray{choice});
}

QJsonObject ScriptedResponse::usageChunk(int promptTokens, int completionTokens, const QString &model)
{
    QJsonObject chunk = chunkEnvelope(model, QJsonArray{});
    chunk.insert(QStringLiteral("usage"),
                 QJsonObject{{QStringLiteral("prompt_tokens"), promptTokens},
                             {QStringLiteral("completion_tokens"), completionTokens},
                             {QStringLiteral("total_tokens"), promptTokens + completionTokens}});
    return chunk;
}

ScriptedResponse &ScriptedResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

QByteArray ScriptedResponse::body() const
{
    QByteArray all;
    for (const Part &part : parts) {
        for (qint64 i = 0; i < part.repeat; ++i)
            all += part.bytes;
    }
    return all;
}

qint64 ScriptedResponse::bodySize() const
{
    qint64 size = 0;
    for (const Part &part : parts)
        size += part.bytes.size() * part.repeat;
    return size;
}
