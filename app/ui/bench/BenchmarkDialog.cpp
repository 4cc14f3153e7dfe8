#include "bench/BenchmarkDialog.h"

#include "app/AppContext.h"
#include "bench/BenchHistoryPanel.h"
#include "bench/BenchLivePanel.h"
#include "bench/BenchRunner.h"
#include "bench/BenchSetupForm.h"
#include "common/Widgets.h"
#include "secrets/ApiKeyResolver.h"
#include "settings/AppSettings.h"
#include "settings/ProfileList.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

BenchmarkDialog::BenchmarkDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_runner(new BenchRunner(&context.network(), context.prices(), this))
{
    setObjectName(QStringLiteral("benchmarkDialog"));
    setWindowTitle(tr("Benchmark"));
    m_history = new BenchHistoryPanel(context.hasStore() ? &context.database() : nullptr, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("benchTabs"));
    m_tabs->addTab(buildRunTab(), tr("&Run"));
    m_tabs->addTab(m_history, tr("&History"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &BenchmarkDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    const ProfileList profiles = ProfileList::load(context.settings());
    m_setup->setProfiles(profiles.profiles(), profiles.defaultName());
    connect(m_setup, &BenchSetupForm::changed, this, &BenchmarkDialog::updateWorstCase);
    connect(m_runner, &BenchRunner::progressed, this, &BenchmarkDialog::onProgress);
    connect(m_runner, &BenchRunner::runFinished, this, &BenchmarkDialog::onRunFinished);
    updateWorstCase();
    resize(1100, 800);
}

BenchmarkDialog::~BenchmarkDialog()
{
    stopAndKeep();
}

void BenchmarkDialog::stopAndKeep()
{
    // Closing mid-run keeps what was measured, like Stop, but now: the dialog may be gone
    // before the runner's finished signal would arrive.
    m_stopRequested = true;
    m_queue.clear();
    if (!m_runner->isRunning())
        return;
    m_runner->stop();
    m_ignoreNextFinish = true; // its runFinished comes later, queued: this is that run
    m_live->showResult(m_runner->result());
    m_history->store(m_runner->result());
    finishQueue(tr("Stopped; the partial result is kept in the history."));
}

QWidget *BenchmarkDialog::buildRunTab()
{
    m_setup = new BenchSetupForm(this);
    m_live = new BenchLivePanel(this);
    m_worstCase = Widgets::statusLabel(this, "benchWorstCase");
    m_status = Widgets::statusLabel(this, "benchStatus");
    m_status->setTextFormat(Qt::PlainText); // provider error messages are not markup
    m_start = Widgets::button(tr("&Start"), this, "benchStart");
    m_start->setDefault(true);
    m_stop = Widgets::button(tr("S&top"), this, "benchStop");
    m_stop->setEnabled(false);

    m_confirm = new QFrame(this);
    m_confirm->setObjectName(QStringLiteral("benchConfirm"));
    m_confirm->setFrameShape(QFrame::StyledPanel);
    m_confirmText = new QLabel(m_confirm);
    m_confirmText->setWordWrap(true);
    auto *yes = new QPushButton(tr("Start &anyway"), m_confirm);
    yes->setObjectName(QStringLiteral("benchConfirmYes"));
    auto *no = new QPushButton(tr("&Cancel"), m_confirm);
    no->setObjectName(QStringLiteral("benchConfirmNo"));
    auto *confirmLayout = new QVBoxLayout(m_confirm);
    confirmLayout->addWidget(m_confirmText);
    auto *confirmButtons = new QHBoxLayout;
    confirmButtons->addWidget(yes);
    confirmButtons->addWidget(no);
    confirmButtons->addStretch();
    confirmLayout->addLayout(confirmButtons);
    m_confirm->hide();

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_start);
    actions->addWidget(m_stop);
    actions->addStretch();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(m_setup);
    leftLayout->addWidget(m_worstCase);
    leftLayout->addWidget(m_confirm);
    leftLayout->addLayout(actions);
    leftLayout->addWidget(m_status);
    leftLayout->addStretch();
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_live);
    splitter->setStretchFactor(1, 3);

    connect(m_start, &QPushButton::clicked, this, &BenchmarkDialog::requestStart);
    connect(m_stop, &QPushButton::clicked, this, &BenchmarkDialog::stop);
    connect(yes, &QPushButton::clicked, this, [this] {
        m_confirm->hide();
        startQueue();
    });
    connect(no, &QPushButton::clicked, this, [this] {
        m_confirm->hide();
        m_pending.clear();
        m_start->setEnabled(true);
    });
    return splitter;
}

bool BenchmarkDialog::isRunning() const
{
    return m_queueRunning;
}

CostEstimate BenchmarkDialog::worstCase(const QList<BenchSpec> &specs) const
{
    double total = 0;
    QString currency;
    for (const BenchSpec &spec : specs) {
        const CostEstimate each = spec.worstCaseTotal(m_context.prices());
        if (!each.isKnown() || (!currency.isEmpty() && currency != each.currency()))
            return CostEstimate::unknown();
        currency = each.currency();
        total += each.amount();
    }
    return currency.isEmpty() ? CostEstimate::unknown() : CostEstimate::estimated(total, currency);
}

QList<BenchSpec> BenchmarkDialog::specsOrProblem(QLabel *label) const
{
    QString problem;
    const QList<BenchSpec> specs = m_setup->specs(&problem);
    if (specs.isEmpty())
        label->setText(problem);
    return specs;
}

void BenchmarkDialog::updateWorstCase()
{
    const QList<BenchSpec> specs = specsOrProblem(m_worstCase);
    if (specs.isEmpty())
        return;
    const CostEstimate worst = worstCase(specs);
    const int requests = specs.first().totalRequests() * int(specs.size());
    m_worstCase->setText(worst.isKnown()
                             ? tr("At most %1 for %2 requests, warm-up included (estimated: the largest prompt and "
                                  "max tokens at the price table's price).")
                                   .arg(worst.format(), QLocale().toString(requests))
                             : tr("Cost unknown: the price table has no price for a model in the queue."));
}

void BenchmarkDialog::requestStart()
{
    const QList<BenchSpec> specs = specsOrProblem(m_status);
    if (specs.isEmpty())
        return;
    m_pending = specs;
    const CostEstimate worst = worstCase(specs);
    if (worst.isKnown() && worst.amount() > m_confirmThreshold) {
        m_confirmText->setText(tr("This run may cost up to %1. Start it?").arg(worst.format()));
        m_confirm->show();
        m_start->setEnabled(false);
        return;
    }
    startQueue();
}

void BenchmarkDialog::startQueue()
{
    m_queue = m_pending;
    m_pending.clear();
    m_queueRunning = true;
    m_stopRequested = false;
    m_setup->setLocked(true);
    m_start->setEnabled(false);
    m_stop->setEnabled(true);
    m_status->clear();
    m_live->clear();
    startNext();
}

void BenchmarkDialog::startNext()
{
    if (m_queue.isEmpty() || m_stopRequested) {
        finishQueue(m_stopRequested ? tr("Stopped; the partial result is kept in the history.")
                                    : tr("Done; the results are in the history."));
        return;
    }
    BenchSpec spec = m_queue.takeFirst();
    m_status->setText(tr("Looking up the key for %1…").arg(spec.profileName));
    // The key is looked up for each run: the keychain may answer later, the window goes on.
    m_context.keys().resolve(m_setup->profile(), this, [this, spec](const ApiKeyResolver::Resolution &found) mutable {
        if (m_stopRequested) {
            finishQueue(tr("Stopped."));
            return;
        }
        spec.request.apiKey = found.key;
        ApiError refusal;
        if (!m_runner->start(spec, &refusal)) {
            finishQueue(refusal.userMessage());
            return;
        }
        m_status->setText(tr("Running %1…").arg(spec.request.model));
    });
}

void BenchmarkDialog::onProgress(const BenchProgress &progress)
{
    m_live->showProgress(progress, m_runner->result());
}

void BenchmarkDialog::onRunFinished(const BenchResult &result)
{
    if (m_ignoreNextFinish) {
        m_ignoreNextFinish = false;
        return;
    }
    m_live->showResult(result);
    m_history->store(result);
    startNext();
}

void BenchmarkDialog::stop()
{
    m_stopRequested = true;
    m_queue.clear();
    m_stop->setEnabled(false);
    if (m_runner->isRunning())
        m_runner->stop(); // runFinished follows with the partial result
}

void BenchmarkDialog::finishQueue(const QString &status)
{
    m_queueRunning = false;
    m_queue.clear();
    m_setup->setLocked(false);
    m_start->setEnabled(true);
    m_stop->setEnabled(false);
    m_status->setText(status);
}

void BenchmarkDialog::reject()
{
    stopAndKeep();
    QDialog::reject();
}
