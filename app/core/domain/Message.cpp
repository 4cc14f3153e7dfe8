#include "domain/Message.h"

QString Message::roleName(Role role)
{
    switch (role) {
    case Role::System: return QStringLiteral("system");
    case Role::User: return QStringLiteral("user");
    case Role::Assistant: return QStringLiteral("assistant");
    }
    return QStringLiteral("user");
}

std::optional<Message::Role> Message::roleFromName(const QString &name)
{
    for (Role role : {Role::System, Role::User, Role::Assistant}) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

QString Message::stateName(State state)
{
    switch (state) {
    case State::Complete: return QStringLiteral("complete");
    case State::Streaming: return QStringLiteral("streaming");
    case State::Incomplete: return QStringLiteral("incomplete");
    case State::Error: return QStringLiteral("error");
    case State::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("complete");
}

std::optional<Message::State> Message::stateFromName(const QString &name)
{
    for (State state : {State::Complete, State::Streaming, State::Incomplete, State::Error, State::Cancelled}) {
        if (stateName(state) == name)
            return state;
    }
    return std::nullopt;
}

bool Message::isContext() const
{
    return role != Role::System && !content.isEmpty() && state != State::Error;
}
