#pragma once

#include "bench/BenchSpec.h"
#include "settings/ProviderProfile.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

// The "what to run" half of Tools › Benchmark: profile and a queue of models (run one after
// another), a prompt or a prompt set file, the number of requests, closed loop (concurrency) or
// open loop (rate and arrivals), max tokens and streaming. It only collects: specs() turns the
// fields into one BenchSpec per queued model (without the key, which the dialog looks up).
class BenchSetupForm final : public QWidget
{
    Q_OBJECT

public:
    explicit BenchSetupForm(QWidget *parent = nullptr);

    void setProfiles(const QList<ProviderProfile> &profiles, const QString &defaultName);
    ProviderProfile profile() const;
    // The queued models, or the model field's text when nothing is queued.
    QStringList models() const;
    // One spec per model; empty with a message in `problem` when the fields do not make a run.
    QList<BenchSpec> specs(QString *problem) const;
    // While a run goes the fields cannot change.
    void setLocked(bool locked);

Q_SIGNALS:
    void changed();

private:
    void addModel();
    void removeModel();
    void choosePromptFile();
    void showLoad();
    QWidget *buildLoadFields();
    bool readPrompts(PromptSet &prompts, QString *problem) const;

    QList<ProviderProfile> m_profiles;
    QComboBox *m_profile = nullptr;
    QComboBox *m_model = nullptr;
    QPushButton *m_addModel = nullptr;
    QPushButton *m_removeModel = nullptr;
    QListWidget *m_queue = nullptr;
    QPlainTextEdit *m_prompt = nullptr;
    QLineEdit *m_promptFile = nullptr;
    QPushButton *m_browse = nullptr;
    QSpinBox *m_requests = nullptr;
    QComboBox *m_load = nullptr;
    QStackedWidget *m_loadFields = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QComboBox *m_arrivals = nullptr;
    QSpinBox *m_maxTokens = nullptr;
    QCheckBox *m_stream = nullptr;
};
