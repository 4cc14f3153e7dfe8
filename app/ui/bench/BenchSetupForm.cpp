#include "bench/BenchSetupForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
template<typename Widget>
Widget *named(Widget *widget, const char *name, const QString &accessibleName)
{
    widget->setObjectName(QLatin1String(name));
    widget->setAccessibleName(accessibleName);
    return widget;
}
} // namespace

BenchSetupForm::BenchSetupForm(QWidget *parent)
    : QWidget(parent)
{
    m_profile = named(new QComboBox(this), "benchProfile", tr("Profile"));
    m_model = named(new QComboBox(this), "benchModel", tr("Model"));
    m_model->setEditable(true); // any model id can be typed
    m_addModel = named(new QPushButton(tr("&Queue"), this), "benchAddModel", tr("Add the model to the queue"));
    m_removeModel = named(new QPushButton(tr("Re&move"), this), "benchRemoveModel", tr("Remove the model from the queue"));
    m_queue = named(new QListWidget(this), "benchModelQueue", tr("Models to run, one after another"));
    m_queue->setMaximumHeight(m_queue->fontMetrics().lineSpacing() * 4 + 8);
    m_prompt = named(new QPlainTextEdit(this), "benchPrompt", tr("Prompt"));
    m_prompt->setPlainText(BenchSpec().prompts.firstText());
    m_prompt->setMaximumHeight(m_prompt->fontMetrics().lineSpacing() * 4 + 12);
    m_promptFile = named(new QLineEdit(this), "benchPromptFile", tr("Prompt set file (JSONL)"));
    m_promptFile->setPlaceholderText(tr("or a JSONL prompt set"));
    m_browse = named(new QPushButton(tr("&Browse…"), this), "benchBrowsePrompts", tr("Choose a prompt set file"));
    m_requests = named(new QSpinBox(this), "benchRequests", tr("Number of requests"));
    m_requests->setRange(1, 1'000'000);
    m_requests->setValue(100);
    m_load = named(new QComboBox(this), "benchLoad", tr("Load model"));
    m_load->addItem(tr("Closed loop (concurrency)"));
    m_load->addItem(tr("Open loop (rate)"));
    m_maxTokens = named(new QSpinBox(this), "benchMaxTokens", tr("Maximum tokens per reply"));
    m_maxTokens->setRange(1, 1'000'000);
    m_maxTokens->setValue(128);
    m_stream = named(new QCheckBox(tr("&Stream the replies"), this), "benchStream", tr("Stream the replies"));
    m_stream->setChecked(true);

    auto *modelRow = new QHBoxLayout;
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(m_addModel);
    modelRow->addWidget(m_removeModel);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_promptFile, 1);
    fileRow->addWidget(m_browse);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Profile:"), m_profile);
    // A row whose field is a layout gets no buddy by itself; the model box is what the key jumps to.
    auto *modelLabel = new QLabel(tr("M&odel:"), this);
    modelLabel->setBuddy(m_model);
    form->addRow(modelLabel, modelRow);
    form->addRow(tr("Queue:"), m_queue);
    form->addRow(tr("P&rompt:"), m_prompt);
    form->addRow(QString(), fileRow);
    form->addRow(tr("&Requests:"), m_requests);
    form->addRow(tr("&Load:"), m_load);
    form->addRow(QString(), buildLoadFields());
    form->addRow(tr("Max &tokens:"), m_maxTokens);
    form->addRow(QString(), m_stream);

    connect(m_profile, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && index < m_profiles.size())
            m_model->setCurrentText(m_profiles.at(index).defaultModel);
        Q_EMIT changed();
    });
    connect(m_addModel, &QPushButton::clicked, this, &BenchSetupForm::addModel);
    connect(m_removeModel, &QPushButton::clicked, this, &BenchSetupForm::removeModel);
    connect(m_browse, &QPushButton::clicked, this, &BenchSetupForm::choosePromptFile);
    connect(m_load, &QComboBox::currentIndexChanged, this, &BenchSetupForm::showLoad);
    connect(m_model, &QComboBox::currentTextChanged, this, &BenchSetupForm::changed);
    connect(m_prompt, &QPlainTextEdit::textChanged, this, &BenchSetupForm::changed);
    connect(m_promptFile, &QLineEdit::textChanged, this, &BenchSetupForm::changed);
    for (QSpinBox *spin : {m_requests, m_maxTokens, m_concurrency})
        connect(spin, &QSpinBox::valueChanged, this, &BenchSetupForm::changed);
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, &BenchSetupForm::changed);
    connect(m_stream, &QCheckBox::toggled, this, &BenchSetupForm::changed);
}

QWidget *BenchSetupForm::buildLoadFields()
{
    m_loadFields = new QStackedWidget(this);
    m_concurrency = named(new QSpinBox(this), "benchConcurrency", tr("Requests in flight"));
    m_concurrency->setRange(1, 1000);
    m_concurrency->setValue(10);
    m_concurrency->setSuffix(tr(" in flight"));
    m_rate = named(new QDoubleSpinBox(this), "benchRate", tr("Requests per second"));
    m_rate->setRange(0.1, 100'000);
    m_rate->setValue(5);
    m_rate->setSuffix(tr(" per second"));
    m_arrivals = named(new QComboBox(this), "benchArrivals", tr("Arrivals"));
    m_arrivals->addItem(tr("Poisson arrivals"));
    m_arrivals->addItem(tr("Constant arrivals"));
    auto *closed = new QWidget(m_loadFields);
    auto *closedLayout = new QHBoxLayout(closed);
    closedLayout->setContentsMargins(0, 0, 0, 0);
    closedLayout->addWidget(m_concurrency);
    closedLayout->addStretch();
    auto *open = new QWidget(m_loadFields);
    auto *openLayout = new QHBoxLayout(open);
    openLayout->setContentsMargins(0, 0, 0, 0);
    openLayout->addWidget(m_rate);
    openLayout->addWidget(m_arrivals);
    m_loadFields->addWidget(closed);
    m_loadFields->addWidget(open);
    return m_loadFields;
}

void BenchSetupForm::showLoad()
{
    m_loadFields->setCurrentIndex(m_load->currentIndex());
    Q_EMIT changed();
}

void BenchSetupForm::setProfiles(const QList<ProviderProfile> &profiles, const QString &defaultName)
{
    m_profiles = profiles;
    m_profile->clear();
    int current = 0;
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        m_profile->addItem(profiles.at(i).name);
        if (profiles.at(i).name.compare(defaultName, Qt::CaseInsensitive) == 0)
            current = int(i);
    }
    m_profile->setCurrentIndex(current);
    if (!profiles.isEmpty())
        m_model->setCurrentText(profiles.at(current).defaultModel);
}

ProviderProfile BenchSetupForm::profile() const
{
    const int index = m_profile->currentIndex();
    return index >= 0 && index < m_profiles.size() ? m_profiles.at(index) : ProviderProfile();
}

void BenchSetupForm::addModel()
{
    const QString model = m_model->currentText().trimmed();
    if (model.isEmpty() || !m_queue->findItems(model, Qt::MatchExactly).isEmpty())
        return;
    m_queue->addItem(model);
    Q_EMIT changed();
}

void BenchSetupForm::removeModel()
{
    delete m_queue->currentItem();
    Q_EMIT changed();
}

void BenchSetupForm::choosePromptFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Prompt set"), QString(), tr("JSON Lines (*.jsonl);;All files (*)"));
    if (!path.isEmpty())
        m_promptFile->setText(path);
}

QStringList BenchSetupForm::models() const
{
    QStringList models;
    for (int i = 0; i < m_queue->count(); ++i)
        models << m_queue->item(i)->text();
    if (models.isEmpty() && !m_model->currentText().trimmed().isEmpty())
        models << m_model->currentText().trimmed();
    return models;
}

bool BenchSetupForm::readPrompts(PromptSet &prompts, QString *problem) const
{
    const QString path = m_promptFile->text().trimmed();
    if (path.isEmpty()) {
        if (m_prompt->toPlainText().trimmed().isEmpty()) {
            *problem = tr("Type a prompt or choose a prompt set.");
            return false;
        }
        prompts = PromptSet::single(m_prompt->toPlainText());
        return true;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const std::optional<PromptSet> read = PromptSet::fromJsonl(file.readAll(), problem);
    if (read)
        prompts = *read;
    return read.has_value();
}

QList<BenchSpec> BenchSetupForm::specs(QString *problem) const
{
    QList<BenchSpec> specs;
    if (m_profiles.isEmpty()) {
        *problem = tr("There is no provider profile; add one in Settings › Providers.");
        return specs;
    }
    PromptSet prompts;
    if (!readPrompts(prompts, problem))
        return specs;
    for (const QString &model : models()) {
        BenchSpec spec;
        spec.request.model = model;
        spec.request.applyProfile(profile());
        spec.request.stream = m_stream->isChecked();
        spec.request.maxTokens = m_maxTokens->value();
        spec.profileName = profile().name;
        spec.prompts = prompts;
        spec.requests = m_requests->value();
        spec.concurrency = m_concurrency->value();
        if (m_load->currentIndex() == 1) {
            spec.load = BenchSpec::Load::Open;
            spec.rate = m_rate->value();
            spec.arrivals = m_arrivals->currentIndex() == 0 ? BenchSpec::Arrivals::Poisson : BenchSpec::Arrivals::Constant;
        }
        if (const QString invalid = spec.validate(); !invalid.isEmpty()) {
            *problem = invalid;
            return {};
        }
        specs.append(spec);
    }
    if (specs.isEmpty())
        *problem = tr("Choose a model.");
    return specs;
}

void BenchSetupForm::setLocked(bool locked)
{
    for (QWidget *field : std::initializer_list<QWidget *>{m_profile, m_model, m_addModel, m_removeModel, m_queue, m_prompt,
                                                           m_promptFile, m_browse, m_requests, m_load, m_loadFields,
                                                           m_maxTokens, m_stream})
        field->setEnabled(!locked);
}
