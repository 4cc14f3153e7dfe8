#include "settings/DataPage.h"

#include "app/AppContext.h"
#include "common/FileDialogs.h"
#include "common/Widgets.h"
#include "formats/ConversationJson.h"
#include "settings/AppSettings.h"
#include "store/ConversationStore.h"
#include "store/ResponseCache.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace {

// A file name from a title: what most file systems accept, and short.
QString fileNameFor(qint64 id, const QString &title)
{
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|\x00-\x1f]+)"));
    QString name = title.simplified().replace(unsafe, QStringLiteral("-")).left(60).trimmed();
    return QStringLiteral("%1 %2").arg(id, 5, 10, QLatin1Char('0')).arg(name).trimmed();
}

} // namespace

DataPage::DataPage(AppContext &context, QWidget *parent)
    : SettingsPage(context, parent)
{
    setObjectName(QStringLiteral("dataPage"));
    setSections({buildStorageBox(), buildCacheBox(), buildBudgetBox()});
    connectActions();
}

QGroupBox *DataPage::buildStorageBox()
{
    auto *box = new QGroupBox(tr("Conversations"), this);
    m_databasePath = new QLabel(QDir::toNativeSeparators(context().database().path()), box);
    m_databasePath->setObjectName(QStringLiteral("databasePath"));
    m_databasePath->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_databasePath->setWordWrap(true);
    m_openFolder = Widgets::button(tr("&Open folder"), box, "openDatabaseFolder");
    m_export = Widgets::button(tr("&Export all conversations…"), box, "exportAllConversations");
    m_exportStatus = Widgets::statusLabel(box, "exportAllStatus");

    auto *form = new QFormLayout(box);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_databasePath, 1);
    pathRow->addWidget(m_openFolder);
    addRow(form, tr("Database:"), pathRow, m_databasePath);
    auto *exportRow = new QVBoxLayout;
    exportRow->addWidget(m_export, 0, Qt::AlignLeft);
    exportRow->addWidget(m_exportStatus);
    form->addRow(QString(), exportRow);
    return box;
}

QGroupBox *DataPage::buildCacheBox()
{
    auto *box = new QGroupBox(tr("Response cache"), this);
    m_cache = new QCheckBox(tr("Answer a question asked before, word for word, from a local &cache (costs nothing)"), box);
    m_cache->setObjectName(QStringLiteral("responseCache"));
    // The settings file's range: an hour to a year.
    m_cacheTtl = makeSpinBox(box, "responseCacheTtl", tr("Hours a cached reply is used"),
                             AppSettings::ResponseCacheTtlHours.min, AppSettings::ResponseCacheTtlHours.max);
    m_cacheTtl->setGroupSeparatorShown(true);
    m_clearCache = Widgets::button(tr("C&lear cache"), box, "clearResponseCache");
    m_clearCache->setToolTip(tr("Empties the cache when you apply"));
    m_cacheStatus = Widgets::statusLabel(box, "responseCacheStatus");

    auto *form = new QFormLayout(box);
    form->addRow(m_cache);
    addRow(form, tr("Use a cached reply for this many &hours:"), m_cacheTtl);
    auto *clearRow = new QHBoxLayout;
    clearRow->addWidget(m_clearCache);
    clearRow->addWidget(m_cacheStatus, 1);
    form->addRow(QString(), clearRow);
    return box;
}

QGroupBox *DataPage::buildBudgetBox()
{
    auto *box = new QGroupBox(tr("Budgets"), this);
    const auto budgetField = [box](const char *name, const QString &accessibleName) {
        // The settings file's range; 0, the lowest, is no limit.
        auto *field = new QDoubleSpinBox(box);
        field->setObjectName(QLatin1String(name));
        field->setAccessibleName(accessibleName);
        field->setRange(0.0, 1e9);
        field->setDecimals(2);
        field->setGroupSeparatorShown(true);
        field->setSpecialValueText(tr("No limit"));
        return field;
    };
    m_budgetConversation = budgetField("budgetPerConversation", tr("Budget per conversation"));
    m_budgetDay = budgetField("budgetPerDay", tr("Budget per day"));
    m_budgetMonth = budgetField("budgetPerMonth", tr("Budget per month"));
    m_budgetCurrency = new QLineEdit(box);
    m_budgetCurrency->setObjectName(QStringLiteral("budgetCurrency"));
    m_budgetCurrency->setAccessibleName(tr("Budget currency"));
    m_budgetCurrency->setMaxLength(3);
    m_budgetCurrencyError = makeErrorLabel(box, "budgetError");
    m_budgetAction = Widgets::comboBox(box, "budgetAction", tr("When a budget is reached"));
    m_budgetAction->addItem(tr("Warn, and send anyway"), false);
    m_budgetAction->addItem(tr("Stop sending"), true);

    auto *form = new QFormLayout(box);
    addRow(form, tr("Per c&onversation:"), m_budgetConversation);
    addRow(form, tr("Per &day:"), m_budgetDay);
    addRow(form, tr("Per &month:"), m_budgetMonth);
    addRow(form, tr("C&urrency:"), m_budgetCurrency, m_budgetCurrencyError);
    addRow(form, tr("When one is &reached:"), m_budgetAction);
    form->addRow(QString(), makeNote(tr("Costs in other currencies are not converted and do not count."), box));
    return box;
}

void DataPage::connectActions()
{
    m_exportStep = new QTimer(this);
    m_exportStep->setInterval(0);
    connect(m_exportStep, &QTimer::timeout, this, &DataPage::exportNext);
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(context().database().path()).absolutePath()));
    });
    connect(m_cache, &QCheckBox::toggled, m_cacheTtl, &QWidget::setEnabled);
    connect(m_clearCache, &QPushButton::clicked, this, [this] {
        // Like Forget: noted now, done when the dialog applies, dropped by Cancel.
        m_clearPending = true;
        m_clearCache->setEnabled(false);
        m_cacheStatus->setText(tr("The cache will be emptied when you apply. Cancel keeps it."));
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString folder = FileDialogs::existingDirectory(
            this, tr("Export all conversations to"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        if (!folder.isEmpty())
            exportAll(folder);
    });
}

QString DataPage::title() const
{
    return tr("Data & privacy");
}

void DataPage::load(const AppSettings &settings)
{
    m_cache->setChecked(settings.responseCacheEnabled());
    m_cacheTtl->setEnabled(m_cache->isChecked());
    m_cacheTtl->setValue(settings.value(AppSettings::ResponseCacheTtlHours));
    const Budget budget = settings.budget();
    m_budgetConversation->setValue(budget.perConversation);
    m_budgetDay->setValue(budget.perDay);
    m_budgetMonth->setValue(budget.perMonth);
    m_budgetCurrency->setText(budget.currency);
    m_budgetAction->setCurrentIndex(budget.block ? 1 : 0);
    m_budgetCurrencyError->hide();
    m_clearPending = false;
    showCacheCount();
    const bool hasStore = context().hasStore();
    m_clearCache->setEnabled(hasStore);
    m_export->setEnabled(hasStore);
}

bool DataPage::validate()
{
    return showError(m_budgetCurrencyError, ModelPrice::isCurrencyCode(m_budgetCurrency->text().trimmed().toUpper())
                                                ? QString()
                                                : tr("Enter the currency as a three-letter code such as USD or CNY."));
}

void DataPage::apply(AppSettings &settings)
{
    settings.setResponseCacheEnabled(m_cache->isChecked());
    settings.setValue(AppSettings::ResponseCacheTtlHours, m_cacheTtl->value());
    Budget budget;
    budget.perConversation = m_budgetConversation->value();
    budget.perDay = m_budgetDay->value();
    budget.perMonth = m_budgetMonth->value();
    budget.currency = m_budgetCurrency->text().trimmed().toUpper();
    budget.block = m_budgetAction->currentData().toBool();
    settings.setBudget(budget);
    if (m_clearPending)
        clearCacheNow();
}

void DataPage::showCacheCount()
{
    if (!context().hasStore()) {
        m_cacheStatus->setText(tr("The database is not open."));
        return;
    }
    m_cacheStatus->setText(tr("%Ln cached reply(s)", nullptr, context().responseCache().count()));
}

void DataPage::clearCacheNow()
{
    m_clearPending = false;
    m_clearCache->setEnabled(true);
    StoreError error;
    const std::optional<int> removed = context().responseCache().clear(&error);
    if (!removed) {
        m_cacheStatus->setText(error.message());
        return;
    }
    m_cacheStatus->setText(tr("Removed %Ln cached reply(s).", nullptr, *removed));
}

void DataPage::exportAll(const QString &folder)
{
    if (!context().hasStore() || m_exportStep->isActive())
        return;
    StoreError error;
    const QList<ConversationSummary> conversations = context().store().listConversations(&error);
    if (error.isError()) {
        m_exportStatus->setText(error.message());
        return;
    }
    m_exportQueue.clear();
    for (const ConversationSummary &summary : conversations)
        m_exportQueue << summary.conversation.id;
    m_exportFolder = folder;
    m_exportTotal = int(m_exportQueue.size());
    m_exported = 0;
    m_export->setEnabled(false);
    m_exportStatus->setText(tr("Exporting %Ln conversation(s)…", nullptr, m_exportTotal));
    m_exportStep->start();
}

void DataPage::exportNext()
{
    // A few per step, so the dialog stays responsive with thousands of conversations.
    for (int i = 0; i < 10 && !m_exportQueue.isEmpty(); ++i) {
        const qint64 id = m_exportQueue.takeFirst();
        StoreError error;
        const std::optional<ConversationDocument> document = context().store().document(id, &error);
        if (!document) {
            continue; // deleted meanwhile
        }
        // Never over an existing file: an earlier export stays as it was.
        const QString base = QDir(m_exportFolder).filePath(fileNameFor(id, document->conversation.title));
        QString path = base + QStringLiteral(".json");
        for (int n = 2; QFileInfo::exists(path); ++n)
            path = base + QStringLiteral(" (%1).json").arg(n);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(ConversationJson::toJson(*document)) < 0 || !file.commit()) {
            m_exportStep->stop();
            m_export->setEnabled(true);
            m_exportStatus->setText(tr("Export stopped after %Ln conversation(s): %1 could not be written (%2).", nullptr, m_exported)
                                        .arg(QDir::toNativeSeparators(path), file.errorString()));
            return;
        }
        ++m_exported;
    }
    if (!m_exportQueue.isEmpty()) {
        m_exportStatus->setText(tr("Exported %1 of %2…").arg(m_exported).arg(m_exportTotal));
        return;
    }
    m_exportStep->stop();
    m_export->setEnabled(true);
    m_exportStatus->setText(tr("Exported %Ln conversation(s) to %1.", nullptr, m_exported).arg(QDir::toNativeSeparators(m_exportFolder)));
}
