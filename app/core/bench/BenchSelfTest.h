#pragma once

#include "bench/BenchProgress.h"
#include "bench/BenchResult.h"
#include "bench/LoopbackChatServer.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <memory>

class BenchRunner;
class QNetworkAccessManager;
class QThread;

// Tally measuring its own ceiling, which no other benchmark tool publishes: a LoopbackChatServer
// on a thread of its own answers at once, and the ordinary BenchRunner sends to it at
// concurrency 10, first without streaming, then streamed (20 chunks): the request rates are the
// most Tally can measure on this machine, and a real run near them measures Tally. Then one
// request at a time, streamed: the TTFT Tally measures minus the server's own is its overhead
// per request, without the queueing that a saturated run adds to every figure.
class BenchSelfTest final : public QObject
{
    Q_OBJECT

public:
    struct Part
    {
        BenchResult result;
        LoopbackChatServer::Stats server; // the server's counters for this part alone
    };

    static constexpr int kDefaultRequests = 5000;
    static constexpr int kConcurrency = 10;
    // The overhead part sends this share of the requests, one at a time.
    static constexpr int kOverheadShare = 5;

    BenchSelfTest(QNetworkAccessManager *network, int requests = kDefaultRequests, QObject *parent = nullptr);
    ~BenchSelfTest() override;

    // Starts the server and the first part; false (with why) when the server cannot listen.
    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const;
    const QList<Part> &parts() const { return m_parts; }
    QJsonObject toJson() const;
    // The table for people: each part's request rate, TTFT, the server's own time and the
    // difference, and the server's peak connection count.
    QString report() const;

Q_SIGNALS:
    void progressed(const BenchProgress &progress);
    void finished();

private:
    void runPart();
    void onPartFinished(const BenchResult &result);

    QNetworkAccessManager *m_network = nullptr;
    int m_requests = kDefaultRequests;
    QThread *m_thread = nullptr;
    LoopbackChatServer *m_server = nullptr; // lives on m_thread
    BenchRunner *m_runner = nullptr;
    QList<Part> m_parts;
    bool m_stopped = false;
};
