#include "api/AbandonReply.h"

#include <QNetworkReply>

void abandonReply(QPointer<QNetworkReply> &reply, QObject *receiver)
{
    if (!reply)
        return;
    QNetworkReply *doomed = reply;
    reply = nullptr;
    QObject::disconnect(doomed, nullptr, receiver, nullptr);
    doomed->abort();
    doomed->deleteLater();
}
