#include "bench/PromptSet.h"

#include "domain/TokenEstimator.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

PromptSet PromptSet::single(const QString &prompt)
{
    PromptSet set;
    set.m_prompts.append({ChatMessage::user(prompt)});
    return set;
}

std::optional<PromptSet> PromptSet::fromJsonl(const QByteArray &bytes, QString *error)
{
    PromptSet set;
    int lineNumber = 0;
    for (const QByteArray &rawLine : bytes.split('\n')) {
        ++lineNumber;
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        const QJsonObject object = document.object();
        QList<ChatMessage> messages;
        if (object.value(QStringLiteral("prompt")).isString()) {
            messages.append(ChatMessage::user(object.value(QStringLiteral("prompt")).toString()));
        } else if (object.value(QStringLiteral("messages")).isArray()) {
            for (const QJsonValue &value : object.value(QStringLiteral("messages")).toArray()) {
                const QString role = value.toObject().value(QStringLiteral("role")).toString();
                const QJsonValue content = value.toObject().value(QStringLiteral("content"));
                if ((role != u"system" && role != u"user" && role != u"assistant") || !content.isString()) {
                    messages.clear();
                    break;
                }
                messages.append({role, content.toString()});
            }
        }
        if (messages.isEmpty() || messages.last().content.trimmed().isEmpty()) {
            *error = tr("Line %1 of the prompt file is not {\"prompt\": \"...\"} or {\"messages\": [{\"role\": "
                        "\"user\", \"content\": \"...\"}]}.")
                         .arg(lineNumber);
            return std::nullopt;
        }
        set.m_prompts.append(messages);
    }
    if (set.m_prompts.isEmpty()) {
        *error = tr("The prompt file has no prompts.");
        return std::nullopt;
    }
    return set;
}

QList<ChatMessage> PromptSet::messagesFor(int index, const QString &nonce) const
{
    if (m_prompts.isEmpty())
        return {};
    QList<ChatMessage> messages = m_prompts.at(index % m_prompts.size());
    if (!nonce.isEmpty())
        messages.first().content = u'[' + nonce + u"] " + messages.first().content;
    return messages;
}

qint64 PromptSet::largestPromptTokens(int nonceLength) const
{
    qint64 largest = 0;
    for (const QList<ChatMessage> &prompt : m_prompts) {
        QList<QPair<QString, QString>> pairs;
        for (const ChatMessage &message : prompt)
            pairs.append({message.role, message.content});
        if (nonceLength > 0)
            pairs.first().second.prepend(u'[' + QString(nonceLength, u'0') + u"] ");
        largest = std::max(largest, TokenEstimator::estimateMessages(pairs));
    }
    // A nonce of digits and letters costs more than zeros: one token per character is the most.
    return largest + (nonceLength > 0 ? nonceLength : 0);
}

QByteArray PromptSet::sha256() const
{
    QJsonArray prompts;
    for (const QList<ChatMessage> &prompt : m_prompts) {
        QJsonArray messages;
        for (const ChatMessage &message : prompt)
            messages.append(QJsonObject{{QStringLiteral("role"), message.role}, {QStringLiteral("content"), message.content}});
        prompts.append(messages);
    }
    return QCryptographicHash::hash(QJsonDocument(prompts).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex();
}

QString PromptSet::firstText() const
{
    return m_prompts.isEmpty() ? QString() : m_prompts.first().last().content;
}
