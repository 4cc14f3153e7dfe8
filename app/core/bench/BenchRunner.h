#pragma once

#include "api/ApiError.h"
#include "bench/ArrivalSchedule.h"
#include "bench/BenchProgress.h"
#include "bench/BenchRecord.h"
#include "bench/BenchResult.h"
#include "bench/BenchSpec.h"
#include "bench/RollingWindow.h"
#include "pricing/PriceTable.h"

#include <QElapsedTimer>
#include <QObject>
#include <QQueue>

#include <ctime>
#include <memory>
#include <optional>
#include <unordered_map>

class ProviderClient;
class QNetworkAccessManager;
class QTimer;
struct ChatResult;

// Runs one benchmark: sends the spec's requests through ChatStream (the same engine as a chat,
// no second HTTP client) under a closed loop (C always in flight) or an open loop (arrivals at a
// rate, Poisson or constant, latency counted from the scheduled time), warm-up first, with no
// retries and no client-side rate limit, and builds the BenchResult as requests end.
//
// Concurrency is real on Qt 6.4: requests are spread over a NetworkPool (one manager per six
// slots per host), and the peak number in flight is part of the result. A cost cap is enforced
// before each send: a request starts only if, at the worst case for it and for every request
// still in flight, the total cannot pass the cap.
class BenchRunner final : public QObject
{
    Q_OBJECT

public:
    // Requests go out on `network` and the extra managers of a pool built on it (which follow
    // its proxy). `prices` estimate what each request cost.
    BenchRunner(QNetworkAccessManager *network, const PriceTable &prices, QObject *parent = nullptr);
    ~BenchRunner() override;

    // Starts the run. Returns false, with why in `refusal`, when it cannot start: the spec is
    // invalid, a cost cap has no price to work with, or the first request cannot be sent at all
    // (no key, a key over plain http, a bad URL). runFinished() comes later, never inside start().
    bool start(const BenchSpec &spec, ApiError *refusal = nullptr);
    // Ends the run now: requests in flight are cancelled (neither successes nor errors) and the
    // result so far is kept, marked with `reason` (Stopped or Interrupted).
    void stop(BenchResult::Stop reason = BenchResult::Stop::Stopped);

    bool isRunning() const { return m_running; }
    const BenchResult &result() const { return m_result; }
    BenchProgress progress() const;
    int inFlight() const { return m_inFlight; }
    // How often progressed() is emitted while running (default 250 ms).
    void setProgressIntervalMs(int ms);

Q_SIGNALS:
    void requestFinished(const BenchRecord &record);
    void progressed(const BenchProgress &progress);
    void runFinished(const BenchResult &result);

private:
    struct Slot;

    void fill();
    bool launchNext();
    void launch(int index, qint64 scheduledNs);
    ChatRequest requestFor(int index) const;
    void onReplyFinished(Slot *slot, const ChatResult &chat);
    BenchRecord recordOf(const Slot &slot, const ChatResult &chat, qint64 endNs) const;
    void beginMeasuredPhase();
    void onArrivalTimer();
    bool costAllowsAnother() const;
    void maybeFinish();
    void finishRun(BenchResult::Stop stop);

    ProviderClient *m_client = nullptr;
    PriceTable m_prices;
    BenchSpec m_spec;
    BenchResult m_result;
    CostEstimate m_worstPerRequest;
    QString m_runId;

    enum class Phase { Warmup, Measured };

    QElapsedTimer m_clock;
    Phase m_phase = Phase::Warmup;
    qint64 m_measureStartNs = -1;
    std::clock_t m_cpuAtMeasureStart = 0;
    int m_nextIndex = 0;     // next request to send (warm-up first)
    int m_arrived = 0;       // open loop: measured arrivals so far
    qint64 m_nextDueNs = 0;  // open loop: next arrival, from the measured start
    std::optional<ArrivalSchedule> m_schedule;
    QQueue<qint64> m_waiting; // open loop: arrived, not yet sent (their scheduled times)
    std::unordered_map<int, std::unique_ptr<Slot>> m_slots;
    int m_inFlight = 0;
    double m_spentAll = 0; // warm-up included: the cost cap counts every request
    bool m_costCapped = false;
    bool m_running = false;
    bool m_filling = false;
    bool m_refill = false;
    bool m_starting = false;
    std::optional<ApiError> m_unsendable; // a request could not be sent at all
    RollingWindow m_window;
    QTimer *m_arrivalTimer = nullptr;
    QTimer *m_progressTimer = nullptr;
};
