#pragma once

#include <QPointer>

class QNetworkReply;
class QObject;

// Stops a reply that is no longer wanted, the one safe way: the pointer is cleared first (so a
// slot the abort triggers sees no reply), `receiver` hears none of its signals any more, and Qt
// deletes it later, since a QNetworkReply must never be deleted inside its own signal.
// Nothing happens when there is no reply.
void abandonReply(QPointer<QNetworkReply> &reply, QObject *receiver);
