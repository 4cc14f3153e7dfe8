#include "domain/Message.h"

#include "domain/NameTable.h"

#include <iterator>

namespace {

using Role = Message::Role;
using State = Message::State;

// Stored in the database and in exports: never rename one.
constexpr NameTable<Role>::Row kRoleNames[] = {
    {Role::System, "system"},
    {Role::User, "user"},
    {Role::Assistant, "assistant"},
};
static_assert(std::size(kRoleNames) == int(Role::Assistant) + 1, "every role has a stored name");

constexpr NameTable<State>::Row kStateNames[] = {
    {State::Complete, "complete"},
    {State::Streaming, "streaming"},
    {State::Incomplete, "incomplete"},
    {State::Error, "error"},
    {State::Cancelled, "cancelled"},
};
static_assert(std::size(kStateNames) == int(State::Cancelled) + 1, "every state has a stored name");

} // namespace

QString Message::roleName(Role role)
{
    return NameTable<Role>::nameOf(kRoleNames, role, "user");
}

std::optional<Message::Role> Message::roleFromName(const QString &name)
{
    return NameTable<Role>::valueOf(kRoleNames, name);
}

QString Message::stateName(State state)
{
    return NameTable<State>::nameOf(kStateNames, state, "complete");
}

std::optional<Message::State> Message::stateFromName(const QString &name)
{
    return NameTable<State>::valueOf(kStateNames, name);
}

bool Message::isContext() const
{
    return role != Role::System && !content.isEmpty() && state != State::Error;
}
