#include "bench/BenchRunner.h"

#include "api/ChatStream.h"
#include "api/NetworkPool.h"
#include "api/ProviderClient.h"
#include "bench/StreamTimeline.h"

#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

struct BenchRunner::Slot
{
    int index = 0;
    bool warmup = false;
    qint64 scheduledNs = 0;
    qint64 sentNs = 0;
    StreamTimeline timeline;
    ChatStream *stream = nullptr;
};

BenchRunner::BenchRunner(QNetworkAccessManager *network, const PriceTable &prices, QObject *parent)
    : QObject(parent)
    , m_client(new ProviderClient(network, this))
    , m_prices(prices)
    , m_arrivalTimer(new QTimer(this))
    , m_progressTimer(new QTimer(this))
{
    // A benchmark measures what the provider does with each request: a retry would hide a
    // failure and count one request's time twice.
    RetryPolicy noRetries;
    noRetries.maxRetries = 0;
    m_client->setRetryPolicy(noRetries);
    m_client->setSpreadHttps(true);
    m_arrivalTimer->setSingleShot(true);
    m_arrivalTimer->setTimerType(Qt::PreciseTimer);
    connect(m_arrivalTimer, &QTimer::timeout, this, &BenchRunner::onArrivalTimer);
    m_progressTimer->setInterval(250);
    connect(m_progressTimer, &QTimer::timeout, this, [this] { Q_EMIT progressed(progress()); });
}

BenchRunner::~BenchRunner()
{
    // The streams are children and go with this object; none of their signals may reach it.
    for (const auto &[index, slot] : m_slots)
        disconnect(slot->stream, nullptr, this, nullptr);
}

void BenchRunner::setProgressIntervalMs(int ms)
{
    m_progressTimer->setInterval(ms);
}

bool BenchRunner::start(const BenchSpec &spec, ApiError *refusal)
{
    const auto refuse = [refusal](const QString &why) {
        if (refusal)
            *refusal = ApiError(ApiError::Kind::Configuration, why);
        return false;
    };
    if (m_running)
        return refuse(tr("A benchmark is already running."));
    if (const QString invalid = spec.validate(); !invalid.isEmpty())
        return refuse(invalid);
    m_worstPerRequest = spec.worstCasePerRequest(m_prices);
    if (spec.maxCost && !m_worstPerRequest.isKnown()) {
        return refuse(tr("The price table has no price for %1, so a cost cap cannot be kept. Add its price in "
                         "Settings › Models, or run without a cap.")
                          .arg(spec.request.model));
    }

    m_spec = spec;
    if (m_spec.load == BenchSpec::Load::Open && m_spec.seed == 0)
        m_spec.seed = QRandomGenerator::global()->generate64() | 1;
    m_result = BenchResult::forSpec(m_spec, m_prices.findForPreset(m_spec.request.provider, m_spec.request.model));
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    m_runId = QString::number(QRandomGenerator::global()->bounded(0x100000), 16).rightJustified(5, u'0');
    m_phase = Phase::Warmup;
    m_measureStartNs = -1;
    m_nextIndex = 0;
    m_arrived = 0;
    m_nextDueNs = 0;
    m_schedule.reset();
    m_waiting.clear();
    m_inFlight = 0;
    m_spentAll = 0;
    m_costCapped = false;
    m_unsendable.reset();
    m_window.clear();
    m_clock.start();

    m_running = true;
    m_starting = true;
    m_progressTimer->start();
    if (m_spec.warmup == 0)
        beginMeasuredPhase();
    else
        fill();
    m_starting = false;
    if (m_unsendable) {
        // The first request never left: nothing was measured, so there is no run to report.
        m_running = false;
        m_progressTimer->stop();
        m_arrivalTimer->stop();
        if (refusal)
            *refusal = *m_unsendable;
        return false;
    }
    maybeFinish();
    return true;
}

void BenchRunner::stop(BenchResult::Stop reason)
{
    if (!m_running)
        return;
    m_running = false; // nothing new is sent while the streams in flight are cancelled
    QList<ChatStream *> streams;
    for (const auto &[index, slot] : m_slots)
        streams.append(slot->stream);
    for (ChatStream *stream : std::as_const(streams))
        stream->cancel(); // ends in onReplyFinished, synchronously
    finishRun(reason);
}

void BenchRunner::fill()
{
    // A request that fails inside start() ends inside launch(), whose handler fills again:
    // loop here instead of recursing once per request.
    if (m_filling) {
        m_refill = true;
        return;
    }
    m_filling = true;
    do {
        m_refill = false;
        while (launchNext()) {
        }
    } while (m_refill);
    m_filling = false;
    maybeFinish();
}

bool BenchRunner::launchNext()
{
    if (!m_running || m_unsendable || m_costCapped)
        return false;
    const bool closedLoop = m_spec.load == BenchSpec::Load::Closed;
    const int limit = closedLoop ? m_spec.concurrency : m_spec.maxConcurrency;
    if (m_inFlight >= limit)
        return false;
    std::optional<qint64> scheduled;
    if (m_phase == Phase::Warmup) {
        if (m_nextIndex >= m_spec.warmup)
            return false;
    } else if (closedLoop) {
        if (m_nextIndex >= m_spec.totalRequests())
            return false;
    } else {
        if (m_waiting.isEmpty())
            return false;
        scheduled = m_waiting.head();
    }
    if (!costAllowsAnother()) {
        m_costCapped = true;
        return false;
    }
    if (scheduled)
        m_waiting.dequeue();
    launch(m_nextIndex++, scheduled.value_or(m_clock.nsecsElapsed()));
    return true;
}

bool BenchRunner::costAllowsAnother() const
{
    if (!m_spec.maxCost)
        return true;
    // Every request in flight may still cost its worst case; so may the next one.
    return m_spentAll + double(m_inFlight + 1) * m_worstPerRequest.amount() <= *m_spec.maxCost;
}

ChatRequest BenchRunner::requestFor(int index) const
{
    ChatRequest request = m_spec.request;
    const QString nonce = m_spec.uniquePrompts ? m_runId + u'-' + QString::number(index).rightJustified(6, u'0')
                                               : QString();
    request.messages = m_spec.prompts.messagesFor(index, nonce);
    request.totalTimeoutMs = m_spec.timeoutMs;
    request.idleTimeoutMs = m_spec.timeoutMs;
    request.transferTimeoutMs = m_spec.timeoutMs;
    return request;
}

void BenchRunner::launch(int index, qint64 scheduledNs)
{
    auto owned = std::make_unique<Slot>();
    Slot *slot = owned.get();
    slot->index = index;
    slot->warmup = m_phase == Phase::Warmup;
    slot->scheduledNs = scheduledNs;
    slot->stream = m_client->createChat(requestFor(index), QString(), this);
    m_slots.emplace(index, std::move(owned));

    const auto onText = [this, slot](const QString &text) { slot->timeline.addPiece(m_clock.nsecsElapsed(), text); };
    connect(slot->stream, &ChatStream::contentDelta, this, onText);
    connect(slot->stream, &ChatStream::reasoningDelta, this, onText);
    connect(slot->stream, &ChatStream::replyFinished, this,
            [this, slot](const ChatResult &chat) { onReplyFinished(slot, chat); });
    ++m_inFlight;
    m_result.peakInFlight = std::max(m_result.peakInFlight, m_inFlight);
    slot->sentNs = m_clock.nsecsElapsed();
    slot->stream->start();
}

BenchRecord BenchRunner::recordOf(const Slot &slot, const ChatResult &chat, qint64 endNs) const
{
    BenchRecord record;
    record.index = slot.index;
    record.warmup = slot.warmup;
    record.latencyFromScheduled = m_spec.load == BenchSpec::Load::Open && !slot.warmup;
    record.scheduledNs = slot.scheduledNs;
    record.sentNs = slot.sentNs;
    record.firstTextNs = slot.timeline.firstAtNs();
    record.lastTextNs = slot.timeline.lastAtNs();
    record.endNs = endNs;
    record.ttfbMs = chat.stats.ttfbMs;
    record.pieces = slot.timeline.pieceCount();
    record.outcome = BenchRecord::classify(chat);
    record.httpStatus = chat.httpStatus;
    if (chat.error.isError()) {
        record.errorKind = chat.error.kind();
        const QString said = chat.error.providerMessage().isEmpty() ? chat.error.detail() : chat.error.providerMessage();
        record.errorMessage = said.left(300);
        record.retryAfterMs = chat.error.retryAfterMs();
    }
    record.http2 = chat.http2;
    record.model = chat.stats.model;
    record.usage = chat.stats.usage;
    record.cost = record.isBilled() ? m_prices.costOf(chat.stats, m_spec.request.provider) : CostEstimate::unknown();
    return record;
}

void BenchRunner::onReplyFinished(Slot *slot, const ChatResult &chat)
{
    const qint64 now = m_clock.nsecsElapsed();
    const BenchRecord record = recordOf(*slot, chat, now);
    --m_inFlight;
    if (record.cost.isKnown())
        m_spentAll += record.cost.amount();
    // Nothing was sent: no key, a key over plain http, a bad URL. Every request would end so.
    if (record.httpStatus == 0
        && (chat.error.kind() == ApiError::Kind::MissingKey || chat.error.kind() == ApiError::Kind::Configuration))
        m_unsendable = chat.error;
    m_result.add(record, slot->timeline);
    if (!record.warmup && record.outcome != BenchRecord::Outcome::Cancelled) {
        m_window.add({now, record.isBilled() ? record.usage.completionTokens : 0,
                      record.isSuccess() ? record.ttftNs() : std::nullopt,
                      record.isSuccess() ? record.e2eNs() : std::nullopt});
    }
    slot->stream->deleteLater();
    m_slots.erase(slot->index); // `slot` is gone from here on
    Q_EMIT requestFinished(record);

    if (!m_running)
        return;
    if (m_phase == Phase::Warmup && m_nextIndex >= m_spec.warmup && m_inFlight == 0 && !m_costCapped && !m_unsendable)
        beginMeasuredPhase();
    else
        fill();
}

void BenchRunner::beginMeasuredPhase()
{
    m_phase = Phase::Measured;
    m_measureStartNs = m_clock.nsecsElapsed();
    m_cpuAtMeasureStart = std::clock();
    if (m_spec.load == BenchSpec::Load::Closed) {
        fill();
        return;
    }
    m_schedule.emplace(m_spec.arrivals == BenchSpec::Arrivals::Poisson ? ArrivalSchedule::Kind::Poisson
                                                                       : ArrivalSchedule::Kind::Constant,
                       m_spec.rate, m_spec.seed);
    m_nextDueNs = m_schedule->next();
    onArrivalTimer();
}

void BenchRunner::onArrivalTimer()
{
    if (!m_running || !m_schedule)
        return;
    const qint64 now = m_clock.nsecsElapsed();
    while (m_arrived < m_spec.requests && m_measureStartNs + m_nextDueNs <= now) {
        m_waiting.enqueue(m_measureStartNs + m_nextDueNs);
        ++m_arrived;
        m_nextDueNs = m_schedule->next();
    }
    fill();
    if (m_running && !m_costCapped && m_arrived < m_spec.requests) {
        const qint64 waitNs = m_measureStartNs + m_nextDueNs - m_clock.nsecsElapsed();
        m_arrivalTimer->start(int(std::max<qint64>(0, waitNs / 1'000'000)));
    }
}

void BenchRunner::maybeFinish()
{
    if (!m_running || m_starting || m_inFlight > 0)
        return;
    if (m_costCapped) {
        finishRun(BenchResult::Stop::CostCap);
        return;
    }
    if (m_unsendable) {
        finishRun(BenchResult::Stop::Stopped);
        return;
    }
    if (m_phase == Phase::Warmup)
        return;
    const bool allSent = m_spec.load == BenchSpec::Load::Closed
                             ? m_nextIndex >= m_spec.totalRequests()
                             : m_arrived >= m_spec.requests && m_waiting.isEmpty();
    if (allSent)
        finishRun(BenchResult::Stop::Finished);
}

void BenchRunner::finishRun(BenchResult::Stop stop)
{
    m_running = false;
    m_arrivalTimer->stop();
    m_progressTimer->stop();
    m_result.stop = stop;
    m_result.finishedAt = QDateTime::currentDateTimeUtc();
    m_result.networkManagers = m_client->pool().managerCount();
    if (m_measureStartNs >= 0)
        m_result.clientCpuSeconds = double(std::clock() - m_cpuAtMeasureStart) / CLOCKS_PER_SEC;
    Q_EMIT progressed(progress());
    // Never from inside start() or a caller's stop(): the caller may not be waiting yet.
    QMetaObject::invokeMethod(this, [this, result = m_result] { Q_EMIT runFinished(result); }, Qt::QueuedConnection);
}

BenchProgress BenchRunner::progress() const
{
    BenchProgress progress;
    progress.warmingUp = m_phase == Phase::Warmup;
    progress.total = m_spec.requests;
    progress.done = int(m_result.attempts() + m_result.count(BenchRecord::Outcome::Cancelled));
    progress.inFlight = m_inFlight;
    progress.errors = m_result.errors();
    if (m_measureStartNs >= 0) {
        const qint64 now = m_running ? m_clock.nsecsElapsed() : std::max(m_result.lastEndNs, m_measureStartNs);
        progress.elapsedSeconds = double(now - m_measureStartNs) / 1e9;
        progress.requestsPerSecond = m_window.requestsPerSecond(now, m_measureStartNs);
        progress.outputTokensPerSecond = m_window.tokensPerSecond(now, m_measureStartNs);
        if (m_running && progress.requestsPerSecond > 0)
            progress.etaSeconds = double(progress.total - progress.done) / progress.requestsPerSecond;
    }
    progress.ttftP50Ns = m_window.ttftPercentile(50);
    progress.ttftP99Ns = m_window.ttftPercentile(99);
    progress.e2eP50Ns = m_window.e2ePercentile(50);
    progress.e2eP99Ns = m_window.e2ePercentile(99);
    return progress;
}
