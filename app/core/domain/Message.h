#pragma once

#include "domain/MessageStats.h"
#include "domain/CostEstimate.h"

#include <QDateTime>
#include <QString>

#include <optional>

// One stored message of a conversation: who said it, the text and reasoning, how it ended, and
// for replies the measured stats and cost. Messages are ordered by `position` in their
// conversation.
struct Message
{
    enum class Role { System, User, Assistant };
    enum class State {
        Complete,
        Streaming,  // being received; a crash leaves it here until it is marked Incomplete
        Incomplete, // cut off: the stream broke, or the app died while it streamed
        Error,      // the request failed; errorKind/errorMessage say why
        Cancelled,  // stopped by the user, text so far kept
    };

    qint64 id = 0;
    qint64 conversationId = 0;
    int position = 0;
    Role role = Role::User;
    QString content;
    QString reasoning;
    State state = State::Complete;
    QString errorKind;    // ApiError::kindName() when State::Error or Incomplete
    QString errorMessage;
    QString model;
    QDateTime createdAt;  // UTC, millisecond precision
    std::optional<MessageStats> stats; // replies only
    std::optional<CostEstimate> cost;  // replies only

    // Versions. A reply answers `parentId` (0: the question before it); regenerating makes
    // another reply to the same question. A question edited is a new version whose `groupId` is
    // the first version's id (0: it is the first). Of the versions, the `selected` one is what
    // the conversation goes on with; ConversationStore::messages() gives only those, with where
    // each stands among its versions (versionIndex of versionCount, from 1; not stored).
    qint64 parentId = 0;
    qint64 groupId = 0;
    bool selected = true;
    bool continued = false; // extended by Continue after it was cut off
    int versionIndex = 1;
    int versionCount = 1;

    // Whether the message goes into the context of the next request: a question or answer with
    // text that did not fail (stopped and cut-off replies count; their text was seen).
    bool isContext() const;

    static QString roleName(Role role);
    static std::optional<Role> roleFromName(const QString &name);
    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString &name);

    friend bool operator==(const Message &, const Message &) = default;
};
