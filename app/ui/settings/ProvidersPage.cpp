#include "settings/ProvidersPage.h"

#include "app/AppContext.h"
#include "common/Widgets.h"
#include "secrets/ApiKeyResolver.h"
#include "settings/ConnectionTest.h"
#include "settings/ProfileDraft.h"

#include <QCheckBox>
#include <QDataWidgetMapper>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>

ProvidersPage::ProvidersPage(AppContext &context, ProfileDraft &draft, QWidget *parent)
    : SettingsPage(context, parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("providersPage"));
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(buildList());
    // The form keeps its natural height; extra space goes below it, not between its rows.
    auto *right = new QVBoxLayout;
    right->addLayout(buildForm());
    right->addStretch(1);
    layout->addLayout(right, 1);
    mapFields();
    connectSignals();
}

ProvidersPage::~ProvidersPage()
{
    m_connectionTest->cancel();
}

QVBoxLayout *ProvidersPage::buildList()
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Profiles"));
    m_add = new QToolButton(this);
    m_add->setObjectName(QStringLiteral("addProfile"));
    m_add->setText(tr("&Add"));
    m_add->setAccessibleName(tr("Add a profile from a preset"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    auto *presets = new QMenu(m_add);
    for (const ProviderPreset &preset : ProviderPreset::all()) {
        QAction *action = presets->addAction(preset.name);
        action->setData(preset.id);
        connect(action, &QAction::triggered, this, [this, id = preset.id] { addFromPreset(id); });
    }
    m_add->setMenu(presets);
    m_duplicate = Widgets::button(tr("D&uplicate"), this, "duplicateProfile");
    m_remove = Widgets::button(tr("&Remove"), this, "removeProfile");
    m_makeDefault = Widgets::button(tr("Make &default"), this, "makeDefaultProfile");
    m_listMessage = Widgets::statusLabel(this, "profileListMessage");

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(buttons);
    left->addWidget(m_makeDefault);
    left->addWidget(m_listMessage);
    return left;
}

QFormLayout *ProvidersPage::buildForm()
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setAccessibleName(tr("Profile name"));
    m_nameError = makeErrorLabel(this, "profileNameError");
    m_preset = new QLabel(this);
    m_preset->setObjectName(QStringLiteral("profilePreset"));
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(QStringLiteral("profileBaseUrl"));
    m_baseUrl->setAccessibleName(tr("Base URL"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.example.com/v1"));
    // Shown while the URL is empty, as it is for a profile just added from Custom.
    m_baseUrlHint = makeNote(tr("Type the address of your OpenAI-compatible server as its documentation gives it; "
                                "it usually ends in /v1."), this);
    m_baseUrlHint->setObjectName(QStringLiteral("profileBaseUrlHint"));
    m_baseUrlHint->hide();
    m_baseUrlError = makeErrorLabel(this, "profileBaseUrlError");
    auto *baseUrlBox = new QVBoxLayout;
    baseUrlBox->addWidget(m_baseUrl);
    baseUrlBox->addWidget(m_baseUrlHint);
    m_keyVariable = new QLineEdit(this);
    m_keyVariable->setObjectName(QStringLiteral("profileKeyVariable"));
    m_keyVariable->setAccessibleName(tr("Environment variable with the key"));
    m_keyVariable->setPlaceholderText(tr("none"));
    m_keyVariableError = makeErrorLabel(this, "profileKeyVariableError");
    buildTransportFields();
    m_test = Widgets::button(tr("&Test connection"), this, "testConnection");
    m_testResult = Widgets::statusLabel(this, "connectionResult");
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    QLayout *keyField = buildKeyField();

    auto *form = new QFormLayout;
    addRow(form, tr("&Name:"), m_name, m_nameError);
    form->addRow(tr("Provider:"), m_preset);
    addRow(form, tr("&Base URL:"), baseUrlBox, m_baseUrl, m_baseUrlError);
    addRow(form, tr("API &key:"), keyField, m_apiKey);
    addRow(form, tr("Key &variable:"), m_keyVariable, m_keyVariableError);
    form->addRow(QString(), m_http2);
    form->addRow(QString(), m_allowKeyOverHttp);
    form->addRow(QString(), m_httpWarning);
    addRow(form, tr("Extra &headers:"), m_headers, m_headersError);
    form->addRow(QString(), m_test);
    form->addRow(QString(), m_testResult);
    return form;
}

QLayout *ProvidersPage::buildKeyField()
{
    m_apiKey = new QLineEdit(this);
    m_apiKey->setObjectName(QStringLiteral("profileApiKey"));
    m_apiKey->setAccessibleName(tr("API key"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    // The key must not end up in the clipboard history or an input method's dictionary by accident.
    m_apiKey->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_showKey = new QToolButton(this);
    m_showKey->setObjectName(QStringLiteral("showApiKey"));
    m_showKey->setText(tr("Show"));
    m_showKey->setAccessibleName(tr("Show the API key"));
    m_showKey->setCheckable(true);
    m_forgetKey = new QToolButton(this);
    m_forgetKey->setObjectName(QStringLiteral("forgetApiKey"));
    m_forgetKey->setText(tr("Forget"));
    m_forgetKey->setAccessibleName(tr("Delete the stored key when you apply"));
    m_forgetKey->setToolTip(m_forgetKey->accessibleName());
    m_keyStatus = Widgets::statusLabel(this, "profileKeyStatus");
    m_getKey = new QLabel(this);
    m_getKey->setObjectName(QStringLiteral("profileGetKey"));
    m_getKey->setOpenExternalLinks(true);
    m_getKey->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_apiKey, 1);
    keyRow->addWidget(m_showKey);
    keyRow->addWidget(m_forgetKey);
    auto *keyBox = new QVBoxLayout;
    keyBox->addLayout(keyRow);
    keyBox->addWidget(m_keyStatus);
    keyBox->addWidget(m_getKey);
    return keyBox;
}

void ProvidersPage::buildTransportFields()
{
    m_http2 = new QCheckBox(tr("Use HTTP/&2 when the server offers it (https only)"), this);
    m_http2->setObjectName(QStringLiteral("profileHttp2"));
    m_allowKeyOverHttp = new QCheckBox(tr("Allow sending the key over unencrypted &http://"), this);
    m_allowKeyOverHttp->setObjectName(QStringLiteral("profileAllowKeyOverHttp"));
    m_httpWarning = new QLabel(tr("Anyone on the network path can read a key sent over http://. Only allow this "
                                  "for a server on a network you trust. Servers on this computer never need it."),
                               this);
    m_httpWarning->setObjectName(QStringLiteral("profileHttpWarning"));
    m_httpWarning->setWordWrap(true);
    m_httpWarning->setStyleSheet(QStringLiteral("color: #b45309;"));
    m_httpWarning->hide();
    m_headers = new QPlainTextEdit(this);
    m_headers->setObjectName(QStringLiteral("profileHeaders"));
    m_headers->setAccessibleName(tr("Extra HTTP headers"));
    m_headers->setPlaceholderText(tr("One per line, for example\nHTTP-Referer: https://example.com"));
    m_headers->setTabChangesFocus(true);
    m_headers->setFixedHeight(m_headers->fontMetrics().lineSpacing() * 3 + 12);
    m_headersError = makeErrorLabel(this, "profileHeadersError");
}

void ProvidersPage::mapFields()
{
    // Only the fields this page owns: the Models page maps the model and window of the same row.
    m_mapper = makeMapper(m_draft, this);
    map(m_mapper, m_name, ProfileDraft::Name);
    map(m_mapper, m_preset, ProfileDraft::Provider, "text");
    map(m_mapper, m_baseUrl, ProfileDraft::BaseUrl);
    map(m_mapper, m_keyVariable, ProfileDraft::KeyVariable);
    map(m_mapper, m_http2, ProfileDraft::Http2);
    map(m_mapper, m_allowKeyOverHttp, ProfileDraft::AllowKeyOverHttp);
    map(m_mapper, m_headers, ProfileDraft::Headers);
    m_checked = {{ProfileDraft::Name, m_name, m_nameError},
                 {ProfileDraft::BaseUrl, m_baseUrl, m_baseUrlError},
                 {ProfileDraft::KeyVariable, m_keyVariable, m_keyVariableError},
                 {ProfileDraft::Headers, m_headers, m_headersError}};
}

void ProvidersPage::connectSignals()
{
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        if (!current)
            return;
        const QString id = current->data(ProfileDraft::IdRole).toString();
        if (id == shownId())
            return;
        // A profile with invalid fields stays selected until they are fixed, so nothing typed is lost.
        if (!commitShown()) {
            selectInList(shownId());
            return;
        }
        showProfile(id);
    });
    connect(&m_draft, &QAbstractItemModel::rowsInserted, this, &ProvidersPage::refillList);
    connect(&m_draft, &QAbstractItemModel::rowsRemoved, this, &ProvidersPage::refillList);
    connect(&m_draft, &QAbstractItemModel::modelReset, this, &ProvidersPage::refillList);
    connect(&m_draft, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        if (from.column() <= ProfileDraft::Name && to.column() >= ProfileDraft::Name)
            refillList();
    });
    connect(&m_draft, &ProfileDraft::secretsStored, this, [this](const QString &id) {
        if (id != shownId())
            return;
        m_apiKey->clear();
        refreshKeyStatus();
    });
    connect(m_showKey, &QToolButton::toggled, this, [this](bool shown) {
        m_apiKey->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showKey->setText(shown ? tr("Hide") : tr("Show"));
        m_showKey->setAccessibleName(shown ? tr("Hide the API key") : tr("Show the API key"));
    });
    connect(m_apiKey, &QLineEdit::textEdited, this, [this](const QString &text) { m_draft.setPendingKey(shownId(), text); });
    connect(m_forgetKey, &QToolButton::clicked, this, [this] {
        m_draft.forgetKey(shownId());
        m_apiKey->clear();
        refreshKeyStatus();
    });
    connect(m_baseUrl, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_baseUrlHint->setVisible(text.trimmed().isEmpty() && m_baseUrlError->isHidden());
    });
    connect(m_allowKeyOverHttp, &QCheckBox::toggled, m_httpWarning, &QWidget::setVisible);
    connect(m_duplicate, &QPushButton::clicked, this, &ProvidersPage::duplicateShown);
    connect(m_remove, &QPushButton::clicked, this, &ProvidersPage::removeShown);
    connect(m_makeDefault, &QPushButton::clicked, this, &ProvidersPage::makeShownDefault);
    m_connectionTest = new ConnectionTest(
        &context().network(), m_test, [this](const ConnectionReport &report) { m_testResult->setText(describe(report)); },
        this);
    connect(m_test, &QPushButton::clicked, this, &ProvidersPage::testConnection);
}

QString ProvidersPage::title() const
{
    return tr("Providers");
}

void ProvidersPage::load(const AppSettings &)
{
    // The dialog loads the shared draft; this page starts on its default profile.
    m_listMessage->clear();
    m_testResult->clear();
    refillList();
    showProfile(m_draft.defaultId());
}

QString ProvidersPage::shownId() const
{
    return m_draft.index(m_mapper->currentIndex(), 0).data(ProfileDraft::IdRole).toString();
}

void ProvidersPage::refillList()
{
    // In place, one item per row of the draft: renaming a profile must not rebuild the list
    // under the selection the user is making.
    const QSignalBlocker blocker(m_list);
    while (m_list->count() > m_draft.rowCount())
        delete m_list->takeItem(m_list->count() - 1);
    while (m_list->count() < m_draft.rowCount())
        m_list->addItem(new QListWidgetItem);
    for (int row = 0; row < m_draft.rowCount(); ++row) {
        const QModelIndex name = m_draft.index(row, ProfileDraft::Name);
        QListWidgetItem *item = m_list->item(row);
        item->setText(name.data(Qt::DisplayRole).toString());
        item->setFont(name.data(Qt::FontRole).value<QFont>());
        item->setData(ProfileDraft::IdRole, name.data(ProfileDraft::IdRole));
    }
    m_makeDefault->setEnabled(!shownId().isEmpty() && shownId() != m_draft.defaultId());
    m_remove->setEnabled(m_draft.rowCount() > 1);
    selectInList(shownId());
}

void ProvidersPage::selectInList(const QString &id)
{
    const QSignalBlocker blocker(m_list);
    const int row = m_draft.rowOf(id);
    if (row >= 0 && row < m_list->count())
        m_list->setCurrentRow(row);
}

void ProvidersPage::showProfile(const QString &id)
{
    const std::optional<ProviderProfile> profile = m_draft.byId(id);
    if (!profile)
        return;
    m_mapper->setCurrentIndex(m_draft.rowOf(id));
    selectInList(id);
    m_apiKey->setText(m_draft.pendingKey(id));
    m_showKey->setChecked(false);
    const std::optional<ProviderPreset> preset = ProviderPreset::find(profile->preset);
    if (preset && preset->keyUrl.isValid()) {
        m_getKey->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                              .arg(preset->keyUrl.toString(QUrl::FullyEncoded).toHtmlEscaped(), tr("Get an API key")));
        m_getKey->show();
    } else {
        m_getKey->hide();
    }
    for (const CheckedField &checked : std::as_const(m_checked))
        checked.error->hide();
    m_baseUrlHint->setVisible(profile->baseUrl.isEmpty());
    m_httpWarning->setVisible(profile->allowKeyOverHttp);
    m_testResult->clear();
    m_makeDefault->setEnabled(id != m_draft.defaultId());
    m_remove->setEnabled(m_draft.rowCount() > 1);
    refreshKeyStatus();
}

bool ProvidersPage::commitShown()
{
    const int row = m_mapper->currentIndex();
    if (row < 0)
        return true;
    bool valid = true;
    for (const CheckedField &checked : std::as_const(m_checked)) {
        const QVariant value = checked.field->property(m_mapper->mappedPropertyName(checked.field).constData());
        valid = showError(checked.error, m_draft.problem(row, checked.column, value)) && valid;
    }
    m_baseUrlHint->setVisible(m_baseUrl->text().trimmed().isEmpty() && m_baseUrlError->isHidden());
    return valid && m_mapper->submit();
}

bool ProvidersPage::validate()
{
    return commitShown();
}

void ProvidersPage::apply(AppSettings &settings)
{
    m_draft.save(settings);
}

bool ProvidersPage::hasPendingSecrets() const
{
    return m_draft.hasPendingSecrets();
}

void ProvidersPage::storeSecrets(SecretStore &store, const std::function<void(const QStringList &errors)> &done)
{
    m_draft.storeSecrets(store, [this, done](const QStringList &errors) {
        if (!errors.isEmpty())
            showKeyProblem(errors.join(u'\n'));
        done(errors);
    });
}

void ProvidersPage::refreshKeyStatus()
{
    const std::optional<ProviderProfile> profile = m_draft.byId(shownId());
    if (!profile)
        return;
    if (m_draft.willForgetKey(profile->id)) {
        m_keyStatus->setText(tr("The stored key will be deleted from the OS keychain when you apply. Cancel keeps it."));
        return;
    }
    if (!profile->needsKey) {
        m_keyStatus->setText(tr("This provider needs no key. A key typed here is stored and sent anyway."));
        return;
    }
    m_keyStatus->setText(tr("Checking the OS keychain…"));
    // Answers can arrive out of order when people click through profiles quickly.
    const int generation = ++m_keyStatusGeneration;
    context().keys().resolve(*profile, this, [this, generation](const ApiKeyResolver::Resolution &found) {
        if (generation != m_keyStatusGeneration)
            return;
        using Source = ApiKeyResolver::Resolution::Source;
        switch (found.source) {
        case Source::Keychain:
            m_keyStatus->setText(tr("A key is stored in the OS keychain. Type a new one to replace it."));
            break;
        case Source::Environment:
            m_keyStatus->setText(tr("Using the key from the environment variable %1.").arg(found.variable));
            break;
        case Source::Session:
            m_keyStatus->setText(tr("Using a key kept for this session only."));
            break;
        case Source::None:
            m_keyStatus->setText(found.keychainUnavailable()
                                     ? tr("The OS keychain is not available (%1). Put the key in the environment "
                                          "variable instead.").arg(found.keychain.message)
                                     : tr("No key stored yet. Type it here; it goes to the OS keychain when you apply."));
            break;
        }
    });
}

void ProvidersPage::showKeyProblem(const QString &message)
{
    m_keyStatus->setText(QStringLiteral("<span style=\"color:#dc2626\">%1</span>").arg(message.toHtmlEscaped()));
}

std::optional<ProviderProfile> ProvidersPage::committedShown()
{
    if (!commitShown())
        return std::nullopt;
    return m_draft.byId(shownId());
}

bool ProvidersPage::addAndShow(const ProviderProfile &profile)
{
    QString error;
    if (!m_draft.add(profile, &error)) {
        m_listMessage->setText(error);
        return false;
    }
    showProfile(profile.id);
    return true;
}

void ProvidersPage::addFromPreset(const QString &presetId)
{
    if (!commitShown())
        return;
    const std::optional<ProviderPreset> preset = ProviderPreset::find(presetId);
    if (!preset)
        return;
    const ProviderProfile profile = ProviderProfile::fromPreset(*preset, m_draft.unusedName(preset->id));
    if (!addAndShow(profile))
        return;
    if (profile.baseUrl.isEmpty()) {
        // A custom server: its address is the one thing only the user knows, so that is where to start.
        m_listMessage->setText(tr("Added \"%1\". Type its base URL; rename it if you like. Nothing is saved until "
                                  "you apply.").arg(profile.name));
        m_baseUrl->setFocus();
        return;
    }
    m_listMessage->setText(tr("Added \"%1\". Rename it here if you like; nothing is saved until you apply.").arg(profile.name));
    m_name->setFocus();
    m_name->selectAll();
}

void ProvidersPage::duplicateShown()
{
    const std::optional<ProviderProfile> shown = committedShown();
    if (!shown)
        return;
    ProviderProfile copy = *shown;
    copy.id = QUuid::createUuid().toString(QUuid::WithoutBraces); // its own keychain entry
    copy.name = m_draft.unusedName(shown->name + QStringLiteral("-copy"));
    if (!addAndShow(copy))
        return;
    m_listMessage->setText(tr("\"%1\" is a copy without a key: keys are not copied between profiles.").arg(copy.name));
}

void ProvidersPage::removeShown()
{
    const std::optional<ProviderProfile> shown = m_draft.byId(shownId());
    if (!shown)
        return;
    QString error;
    if (!m_draft.remove(shown->id, &error)) {
        m_listMessage->setText(error);
        return;
    }
    showProfile(m_draft.index(0, 0).data(ProfileDraft::IdRole).toString());
    m_listMessage->setText(tr("\"%1\" and its stored key will be removed when you apply. Cancel keeps them.").arg(shown->name));
}

void ProvidersPage::makeShownDefault()
{
    if (!commitShown())
        return;
    m_draft.setDefault(shownId());
    m_makeDefault->setEnabled(false);
}

void ProvidersPage::testConnection()
{
    const std::optional<ProviderProfile> profile = committedShown();
    if (!profile)
        return;
    m_connectionTest->begin();
    m_testResult->setText(tr("Testing %1…").arg(profile->baseUrl.host()));
    // The key as typed, if one is, so it can be tried before it is stored.
    const QString typed = m_apiKey->text().trimmed();
    if (!typed.isEmpty()) {
        m_connectionTest->start(*profile, typed);
        return;
    }
    context().keys().resolve(*profile, this, [this, profile = *profile](const ApiKeyResolver::Resolution &found) {
        m_connectionTest->start(profile, found.key);
    });
}

QString ProvidersPage::describe(const ConnectionReport &report)
{
    const QLocale locale;
    const auto ms = [&](const std::optional<qint64> &value) { return tr("%1 ms").arg(locale.toString(*value)); };
    QStringList timings;
    if (report.dnsMs)
        timings << tr("DNS %1").arg(ms(report.dnsMs));
    if (report.connectMs)
        timings << tr("connect %1").arg(ms(report.connectMs));
    if (report.tlsMs)
        timings << tr("TLS %1").arg(ms(report.tlsMs));
    if (report.firstByteMs)
        timings << tr("first byte %1").arg(ms(report.firstByteMs));
    QStringList lines;
    if (report.ok()) {
        lines << tr("Connected: HTTP %1 in %2.").arg(report.httpStatus).arg(ms(report.totalMs));
    } else if (report.httpStatus > 0) {
        lines << tr("The provider answered HTTP %1.").arg(report.httpStatus) << report.error.fullMessage();
    } else {
        QString stage;
        switch (report.failedAt) {
        case ConnectionReport::Stage::Dns: stage = tr("Looking up the address failed"); break;
        case ConnectionReport::Stage::Connect: stage = tr("Connecting failed"); break;
        case ConnectionReport::Stage::Tls: stage = tr("The TLS handshake failed"); break;
        default: stage = tr("The request failed"); break;
        }
        lines << tr("%1: %2").arg(stage, report.rawError.isEmpty() ? report.error.userMessage() : report.rawError);
    }
    if (!timings.isEmpty())
        lines << timings.join(QStringLiteral(" · "));
    QString route = tr("Proxy: %1").arg(report.proxy.isEmpty() ? tr("not used") : report.proxy);
    if (!report.address.isEmpty())
        route += QStringLiteral(" · ") + tr("address %1").arg(report.address);
    lines << route;
    return lines.join(u'\n');
}
