#include "main/ConversationChoices.h"

#include "app/AppContext.h"
#include "chat/ChatHeader.h"
#include "chat/ModelCatalog.h"
#include "chat/SendSettingsResolver.h"
#include "secrets/ApiKeyResolver.h"
#include "settings/AppSettings.h"
#include "settings/ProfileList.h"
#include "store/ConversationStore.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>

ConversationChoices::ConversationChoices(AppContext &context, ChatHeader *header, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_header(header)
    , m_models(new ModelCatalog(context.client(), this))
{
    connect(m_header, &ChatHeader::selectionEdited, this, &ConversationChoices::saveEdited);
    connect(m_header, &ChatHeader::refreshModelsRequested, this, [this] { m_models->refresh(m_profile, m_apiKey); });
    connect(m_models, &ModelCatalog::modelsChanged, this, [this](const QString &profileId, const QStringList &models) {
        if (profileId == m_profile.id)
            m_header->setModels(models);
    });
    connect(m_models, &ModelCatalog::refreshFailed, this, [this](const QString &profileId, const QString &message) {
        if (profileId == m_profile.id)
            Q_EMIT modelListFailed(message);
    });
    watchSettingsFile();
}

void ConversationChoices::watchSettingsFile()
{
    // QSettings replaces the file when it writes, so the watch is set again each time. On a
    // fresh install nothing has written the file yet and a missing file cannot be watched: the
    // folder is watched too, so the first write (`tally-cli profiles add`) is seen as well.
    auto *watcher = new QFileSystemWatcher(this);
    const QString settingsFile = m_context.settings().path();
    const QString settingsFolder = QFileInfo(settingsFile).absolutePath();
    QDir().mkpath(settingsFolder);
    watcher->addPath(settingsFolder);
    if (QFileInfo::exists(settingsFile))
        watcher->addPath(settingsFile);
    const auto followFile = [this, watcher, settingsFile] {
        if (!QFileInfo::exists(settingsFile))
            return;
        if (!watcher->files().contains(settingsFile))
            watcher->addPath(settingsFile);
        m_context.settings().raw().sync();
        if (ProfileList::load(m_context.settings()).profiles() != m_profiles)
            reloadProfiles();
    };
    connect(watcher, &QFileSystemWatcher::fileChanged, this, followFile);
    connect(watcher, &QFileSystemWatcher::directoryChanged, this, followFile);
}

void ConversationChoices::reloadProfiles()
{
    const ProfileList profiles = ProfileList::load(m_context.settings());
    m_profiles = profiles.profiles();
    m_defaultProfile = profiles.defaultProfile();
    m_header->setProfiles(m_profiles);
    // Forgetting the current profile makes show() look its key up again: it may have been
    // stored, replaced or removed.
    m_profile = ProviderProfile();
    show(m_conversation, stored(m_conversation));
}

std::optional<Conversation> ConversationChoices::stored(qint64 conversationId) const
{
    return m_context.hasStore() && conversationId > 0 ? m_context.store().conversation(conversationId) : std::nullopt;
}

void ConversationChoices::show(qint64 conversationId, const std::optional<Conversation> &conversation)
{
    m_conversation = conversationId;
    ProviderProfile profile = m_defaultProfile;
    if (conversation && !conversation->profile.isEmpty()) {
        for (const ProviderProfile &candidate : std::as_const(m_profiles)) {
            if (candidate.name.compare(conversation->profile, Qt::CaseInsensitive) == 0)
                profile = candidate;
        }
    }
    const bool profileChanged = profile.id != m_profile.id;
    m_profile = profile;
    m_modelId = conversation && !conversation->model.isEmpty() ? conversation->model : profile.defaultModel;
    const double defaultTemperature = m_context.settings().value(AppSettings::Temperature);
    m_temperature = conversation && conversation->temperature ? *conversation->temperature : defaultTemperature;
    m_header->setSelection(profile.name, conversation ? conversation->model : QString(),
                           conversation ? conversation->temperature : std::nullopt, defaultTemperature);
    m_header->setModels(m_models->models(profile.id)); // this profile's list, never the previous one's
    if (profileChanged)
        resolveKey();
}

void ConversationChoices::saveEdited()
{
    for (const ProviderProfile &candidate : std::as_const(m_profiles)) {
        if (candidate.name == m_header->profileName() && candidate.id != m_profile.id) {
            // Another provider: its own default model and list; the previous one's model would
            // be sent to a provider that may not have it.
            m_profile = candidate;
            m_header->setSelection(candidate.name, QString(), m_header->temperature(),
                                   m_context.settings().value(AppSettings::Temperature));
            m_header->setModels(m_models->models(candidate.id));
            resolveKey();
        }
    }
    m_modelId = m_header->model().isEmpty() ? m_profile.defaultModel : m_header->model();
    m_temperature = m_header->temperature();
    std::optional<Conversation> conversation = stored(m_conversation);
    if (!conversation)
        return;
    // Stored as overrides only where they differ from the defaults, so a later change of the
    // defaults still reaches conversations that never chose otherwise.
    conversation->profile = m_profile.id == m_defaultProfile.id ? QString() : m_profile.name;
    conversation->model = m_modelId == m_profile.defaultModel ? QString() : m_modelId;
    conversation->temperature = qFuzzyCompare(m_temperature, m_context.settings().value(AppSettings::Temperature))
        ? std::nullopt : std::optional<double>(m_temperature);
    StoreError error;
    if (!m_context.store().updateConversation(*conversation, &error))
        Q_EMIT problem(m_conversation, error.message());
    Q_EMIT choicesEdited();
}

ConversationSession::Settings ConversationChoices::sendSettings() const
{
    const std::optional<Conversation> conversation = stored(m_conversation);
    return SendSettingsResolver::resolve(m_context.settings(), m_context.prices(), m_profile, m_modelId, m_temperature,
                                         conversation ? &*conversation : nullptr, m_apiKey);
}

QString ConversationChoices::keyHelp() const
{
    return tr("Paste the API key for \"%1\" in Settings › Providers (Tally keeps it in the system keychain). From a "
              "terminal: tally-cli key set %1, or set the environment variable %2 before starting Tally.")
        .arg(m_profile.name, m_profile.keyVariable);
}

void ConversationChoices::resolveKey()
{
    m_apiKey.clear();
    m_keyProblem.clear();
    if (!m_profile.needsKey) {
        ++m_lookup; // a lookup still running for the profile before is not this one's answer
        m_lookingUp = false;
        Q_EMIT keyStateChanged();
        if (!m_models->hasModels(m_profile.id))
            m_models->refresh(m_profile, QString()); // a local server needs no key
        return;
    }
    m_lookingUp = true;
    m_keyProblem = tr("Looking for the API key…");
    Q_EMIT keyStateChanged();
    // Only the latest lookup answers: an earlier one (another profile, or a keychain retry that
    // comes seconds later) must not undo a key found or stored since.
    const int lookup = ++m_lookup;
    m_context.keys().resolve(m_profile, this, [this, lookup](const ApiKeyResolver::Resolution &found) {
        if (lookup != m_lookup)
            return;
        m_lookingUp = false;
        m_apiKey = found.key;
        m_keyProblem.clear();
        if (!found.hasKey()) {
            m_keyProblem = tr("No API key for the profile \"%1\" yet.").arg(m_profile.name) + u' ' + keyHelp();
            if (found.keychainUnavailable())
                m_keyProblem += u' ' + tr("The keychain could not be read: %1").arg(found.keychain.message);
        } else if (!m_models->hasModels(m_profile.id)) {
            m_models->refresh(m_profile, m_apiKey);
        }
        Q_EMIT keyStateChanged();
    });
}
