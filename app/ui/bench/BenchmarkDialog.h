#pragma once

#include "bench/BenchSpec.h"

#include <QDialog>

class AppContext;
class BenchHistoryPanel;
class BenchLivePanel;
class BenchRunner;
class BenchSetupForm;
class QFrame;
class QLabel;
class QPushButton;
class QTabWidget;
struct BenchProgress;
struct BenchResult;

// Tools › Benchmark: the provider benchmark in the window. The setup form says what to run
// (several models queue one after another); before starting, the worst-case cost is shown, and
// above a threshold the dialog asks, in place, not in a modal box. While running, the live
// panel fills (progress and ETA, live figures, histogram, table); Stop keeps the partial
// result. Every run, finished or stopped, is stored in the database and appears in the
// history tab, where runs can be put side by side and exported.
class BenchmarkDialog final : public QDialog
{
    Q_OBJECT

public:
    // Above this worst case, in the model's price currency, Start asks first.
    static constexpr double kDefaultConfirmThreshold = 1.0;

    explicit BenchmarkDialog(AppContext &context, QWidget *parent = nullptr);
    ~BenchmarkDialog() override;

    void setConfirmThreshold(double amount) { m_confirmThreshold = amount; }
    bool isRunning() const;

protected:
    void reject() override;

private:
    QWidget *buildRunTab();
    // The runs the form describes; none when it cannot, and then why is shown in `label`.
    QList<BenchSpec> specsOrProblem(QLabel *label) const;
    void updateWorstCase();
    void requestStart();
    void startQueue();
    void startNext();
    void onProgress(const BenchProgress &progress);
    void onRunFinished(const BenchResult &result);
    void stop();
    void stopAndKeep();
    void finishQueue(const QString &status);
    // The worst case of the specs together; unknown when any model has no price.
    CostEstimate worstCase(const QList<BenchSpec> &specs) const;

    AppContext &m_context;
    BenchRunner *m_runner = nullptr;
    BenchSetupForm *m_setup = nullptr;
    BenchLivePanel *m_live = nullptr;
    BenchHistoryPanel *m_history = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_worstCase = nullptr;
    QLabel *m_status = nullptr;
    QFrame *m_confirm = nullptr;
    QLabel *m_confirmText = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QList<BenchSpec> m_pending; // confirmed, waiting for Start anyway
    QList<BenchSpec> m_queue;   // the rest of the running queue
    bool m_queueRunning = false;
    bool m_stopRequested = false;
    bool m_ignoreNextFinish = false;
    double m_confirmThreshold = kDefaultConfirmThreshold;
};
