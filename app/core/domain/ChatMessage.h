#pragma once

#include <QString>

// One message as sent to the provider: a role ("system", "user", "assistant") and its text.
struct ChatMessage
{
    QString role;
    QString content;

    static ChatMessage system(const QString &text) { return {QStringLiteral("system"), text}; }
    static ChatMessage user(const QString &text) { return {QStringLiteral("user"), text}; }
    static ChatMessage assistant(const QString &text) { return {QStringLiteral("assistant"), text}; }

    friend bool operator==(const ChatMessage &, const ChatMessage &) = default;
};
