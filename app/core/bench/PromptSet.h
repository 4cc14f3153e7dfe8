#pragma once

#include "domain/ChatMessage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The prompts a benchmark sends, used in turn: one prompt typed in, or a JSONL file with one
// prompt per line ({"prompt": "..."}, or {"messages": [{"role": ..., "content": ...}, ...]}
// for a system prompt or a conversation). Unique prompts put a short nonce in front of the first
// message: prompt caches match on the prefix, so nothing of a request can be served from memory.
class PromptSet
{
    Q_DECLARE_TR_FUNCTIONS(PromptSet)

public:
    static PromptSet single(const QString &prompt);
    // Fails (nullopt, and a message naming the line) on a line that is not one of those shapes.
    static std::optional<PromptSet> fromJsonl(const QByteArray &bytes, QString *error);

    int size() const { return int(m_prompts.size()); }
    bool isEmpty() const { return m_prompts.isEmpty(); }
    // The messages of request `index` (the prompts in turn), with `nonce` in front of the first
    // message's text when it is not empty.
    QList<ChatMessage> messagesFor(int index, const QString &nonce) const;
    // The largest estimated prompt of the set, with a nonce of `nonceLength` characters: what a
    // worst-case cost is computed with.
    qint64 largestPromptTokens(int nonceLength) const;
    // SHA-256 (hex) of the prompts, so two runs can tell whether they asked the same things.
    QByteArray sha256() const;
    // The first prompt's last message, for labels.
    QString firstText() const;

private:
    QList<QList<ChatMessage>> m_prompts;
};
